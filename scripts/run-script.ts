// Runs a command-line entry point: first the whole configuration check
// (lib/config/check-config.ts), then main. A UserFacingError — a usage
// mistake, a refused backup, a database in use — becomes its message on
// stderr and exit code 1, never a stack trace; anything else is a bug and
// keeps its stack.
import { exitOnConfigProblems } from "@/lib/config/check-config";
import { UserFacingError } from "@/lib/errors";

export async function runScript(main: () => Promise<void>, options: { checkConfig?: boolean } = {}): Promise<void> {
  try {
    if (options.checkConfig !== false) await exitOnConfigProblems();
    await main();
  } catch (error) {
    console.error(error instanceof UserFacingError ? error.message : error);
    process.exit(1);
  }
}
