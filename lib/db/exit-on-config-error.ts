import { ConfigError, databaseConfig } from "./config";

/** Stops the process with the configuration message when DATABASE_URL is malformed. */
export function exitOnConfigError(): void {
  try {
    databaseConfig();
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    console.error(error.message);
    process.exit(1);
  }
}
