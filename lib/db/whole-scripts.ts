// Prisma's driver adapters run a migration script poorly: the PostgreSQL one
// splits it on every ";" (inside comments, strings and function bodies too)
// and sends the pieces one by one outside any transaction; the PGlite one
// starts the script without waiting for it, so a failure surfaces later as an
// unhandled rejection instead of failing the migration. Both factories in this
// folder (pg-migration-adapter.ts, pglite-migration-adapter.ts) hand each
// script to the database whole, as one simple-protocol query, and wait for it:
// PostgreSQL parses it itself (dollar-quoted bodies intact) and runs it as one
// implicit transaction, so a failing migration leaves nothing half applied.

interface ScriptAdapter {
  executeScript(script: string): Promise<void>;
}

export function runScriptsWhole<A extends ScriptAdapter>(adapter: A, run: (script: string) => Promise<unknown>): A {
  // onError maps a driver error to Prisma's error type and throws it.
  const fail = (adapter as unknown as { onError(error: unknown): never }).onError.bind(adapter);
  adapter.executeScript = async (script: string) => {
    try {
      await run(script);
    } catch (error) {
      fail(error);
    }
  };
  return adapter;
}
