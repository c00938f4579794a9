// Runs a command-line entry point: configuration mistakes become one clear
// line on stderr and exit code 1, never a stack trace.
import { ConfigError } from "@/lib/db/config";
import { UserFacingError } from "@/lib/errors";

export async function runScript(main: () => Promise<void>): Promise<void> {
  try {
    await main();
  } catch (error) {
    const named = error instanceof Error && ["UsageError", "BackupError"].includes(error.name);
    if (error instanceof ConfigError || error instanceof UserFacingError || named) {
      console.error(error.message);
    } else {
      console.error(error);
    }
    process.exit(1);
  }
}
