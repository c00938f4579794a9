// The process that owns the embedded database (the app, or whichever process
// opened it first) serves it to other local processes over a socket beside the
// data folder (<DATA_DIR>.sock; inside it, PGlite's dump would trip over it),
// so `npm run db:seed`, `user:create`, `worker` … work while the app runs
// (PGlite allows one process per folder). Requests are relayed to the
// database thread as they are; transactions a client leaves open when it goes
// are rolled back.
import { createHash } from "node:crypto";
import fs from "node:fs";
import net from "node:net";
import path from "node:path";
import { readFrames, writeFrame } from "./pglite-channel";
import type { RemotePglite, Request } from "./pglite-remote";

// Unix socket paths are limited to about 104 bytes; a deeper folder gets one in /tmp named for it.
const MAX_SOCKET_PATH = 100;
// How long an owner that is done waits for the processes still using its database (a CLI run beside another).
const DRAIN_MS = 60_000;

export function embeddedSocketPath(dataDir: string): string {
  const hash = createHash("sha256").update(path.resolve(dataDir)).digest("hex").slice(0, 16);
  if (process.platform === "win32") return `\\\\.\\pipe\\leaddesk-${hash}`;
  const beside = `${path.resolve(dataDir)}.sock`;
  return beside.length <= MAX_SOCKET_PATH ? beside : path.join("/tmp", `leaddesk-${hash}.sock`);
}

export async function serveEmbeddedDatabase(database: RemotePglite, socketPath: string): Promise<() => Promise<void>> {
  // A socket file left by a process that died; the caller holds the folder's lock, so it is not in use.
  if (process.platform !== "win32") fs.rmSync(socketPath, { force: true });
  const connections = new Set<net.Socket>();
  let drained: (() => void) | undefined;
  const server = net.createServer((socket) => {
    connections.add(socket);
    const openTransactions = new Set<number>();
    socket.on("error", () => {}); // the client went away; "close" follows
    socket.on("close", () => {
      connections.delete(socket);
      if (!connections.size) drained?.();
      for (const txId of openTransactions) {
        void database.relay({ op: "end", txId, commit: false });
      }
    });
    readFrames(socket, async (message) => {
      const request = message as Request & { id: number };
      // Only the owner closes.
      if (request.op === "close") return void writeFrame(socket, { id: request.id, result: null });
      const reply = await database.relay(request);
      if (request.op === "begin" && typeof reply.result === "number") openTransactions.add(reply.result);
      if (request.op === "end") openTransactions.delete(request.txId!);
      if (!socket.destroyed) writeFrame(socket, { id: request.id, ...reply });
    });
    writeFrame(socket, { ready: true });
  });
  server.unref(); // serving others never keeps this process alive on its own
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(socketPath, resolve);
  });
  if (process.platform !== "win32") fs.chmodSync(socketPath, 0o600); // like the data folder's secrets: owner only
  // New clients are refused at once (they open the folder themselves once this process is gone); the
  // ones connected may finish, for a while.
  return async () => {
    const closed = new Promise<void>((resolve) => server.close(() => resolve()));
    if (connections.size) {
      await Promise.race([
        new Promise<void>((resolve) => (drained = resolve)),
        new Promise((resolve) => setTimeout(resolve, DRAIN_MS).unref()),
      ]);
    }
    for (const socket of connections) socket.destroy();
    await closed;
  };
}
