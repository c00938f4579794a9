// Opens the embedded database in DATA_DIR: directly (this process takes the
// folder's lock, runs PGlite on its thread and serves it to other local
// processes), or — when another live process holds it, such as the running
// app — through that process' socket. In memory: a private instance.
import { logger } from "@/lib/log/logger";
import { acquirePgliteLock, DatabaseInUseError } from "./pglite-lock";
import { RemotePglite } from "./pglite-remote";
import { embeddedSocketPath, serveEmbeddedDatabase } from "./pglite-socket-server";

export interface EmbeddedDatabase {
  client: RemotePglite;
  /** True when another process owns the database and this one reaches it through its socket. */
  shared: boolean;
  close(): Promise<void>;
}

const OWNER_START_MS = 60_000;
/** Connection failures that mean "the owner is starting or finishing": wait, then lock or borrow again. */
const OWNER_BUSY = new Set(["ENOENT", "ECONNREFUSED", "ECONNRESET", "EPIPE"]);

let mustOwn = false;
/** The app server calls this: it must own its database, never borrow a CLI's (which would end with the CLI). */
export function requireOwnership(): void {
  mustOwn = true;
}

/**
 * The folder's lock, or a connection to the live process that holds it. That owner serves its socket once its
 * database is open, and stops taking new clients when it is done; either way this tries again for a while.
 */
async function lockOrBorrow(dataDir: string): Promise<(() => void) | RemotePglite> {
  const deadline = Date.now() + OWNER_START_MS;
  for (;;) {
    try {
      return acquirePgliteLock(dataDir);
    } catch (error) {
      if (!(error instanceof DatabaseInUseError)) throw error;
      if (mustOwn) {
        // The server waits for a CLI that holds the folder to finish.
        if (Date.now() > deadline) throw error;
      } else {
        try {
          return await RemotePglite.connect(embeddedSocketPath(dataDir));
        } catch (refused) {
          const code = (refused as NodeJS.ErrnoException).code ?? "";
          // No socket yet, or an owner that is finishing; one that serves no socket (an older version, or one that
          // could not) leaves the refusal as it was once the deadline passes.
          if (!OWNER_BUSY.has(code) || Date.now() > deadline) throw error;
        }
      }
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

export async function openEmbedded(dataDir: string): Promise<EmbeddedDatabase> {
  if (dataDir.startsWith("memory://")) {
    const client = await RemotePglite.open(undefined);
    return { client, shared: false, close: () => client.close() };
  }
  const release = await lockOrBorrow(dataDir);
  if (release instanceof RemotePglite) {
    const client = release;
    return { client, shared: true, close: () => client.close() };
  }
  let client: RemotePglite | undefined;
  try {
    client = await RemotePglite.open(dataDir);
    const stopServing = await serveEmbeddedDatabase(client, embeddedSocketPath(dataDir)).catch((cause: Error) => {
      // Other processes then get the "in use" message, as before; this one works on.
      logger.warn({ err: cause }, "the embedded database cannot be shared with other local processes");
      return async () => {};
    });
    const opened = client;
    return {
      client: opened,
      shared: false,
      close: async () => {
        await stopServing();
        await opened.close();
        release();
      },
    };
  } catch (error) {
    await client?.close().catch(() => {});
    release();
    throw error;
  }
}
