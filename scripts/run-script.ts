// Runs a command-line entry point: first the whole configuration check
// (lib/config/check-config.ts), then main. An OperatorError — a usage
// mistake, a refused backup, a database in use — or a UserFacingError (a weak
// password, a user who exists) becomes its English message on
// stderr and exit code 1, never a stack trace; anything else is a bug and
// keeps its stack.
import { exitOnConfigProblems } from "@/lib/config/check-config";
import { OperatorError, UserFacingError } from "@/lib/errors";

export async function runScript(main: () => Promise<void>, options: { checkConfig?: boolean } = {}): Promise<void> {
  try {
    if (options.checkConfig !== false) await exitOnConfigProblems();
    await main();
  } catch (error) {
    const known = error instanceof OperatorError || error instanceof UserFacingError;
    console.error(known ? error.message : error);
    process.exit(1);
  }
}
