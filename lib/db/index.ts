export { getDb, getSql, disconnect, connect, loadQueryCompiler, type Db } from "./client";
export type { RawSql, SqlQuery } from "./raw-sql";
export { databaseConfig, describeDatabase, dataDir, ConfigError, type DatabaseConfig } from "./config";
