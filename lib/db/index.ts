export { getDb, disconnect, connect, type Db } from "./client";
export { databaseConfig, describeDatabase, dataDir, ConfigError, type DatabaseConfig } from "./config";
