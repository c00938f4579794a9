// Reads a running server's own state through the Node inspector (the server
// is started with --inspect=127.0.0.1:0 by startAppServer({ inspect: true })),
// so no probe route has to ship in the production build: the hardening suite
// asks for a full collection and the heap, and for what the built-in
// prototypes hold, over the Chrome DevTools Protocol.
import { WebSocket } from "undici";

export interface ServerInspector {
  /** Evaluates an expression in the server's main realm and returns its JSON value. */
  evaluate<T>(expression: string): Promise<T>;
  /** V8 heap in use after a full garbage collection, in bytes. */
  heapAfterGc(): Promise<number>;
  /** Own keys of the watched built-in prototypes, and what a fresh object inherits under the probe names. */
  prototypes(): Promise<Prototypes>;
  /** Whether this process holds the listening socket on `port`: the figures are of the process that serves. */
  listensOn(port: number): Promise<boolean>;
  close(): void;
}

export interface Prototypes {
  ownKeys: Record<string, string[]>;
  polluted: unknown;
  firstName: unknown;
}

interface Reply {
  id: number;
  result?: { result?: { value?: unknown }; exceptionDetails?: { text: string } };
  error?: { message: string };
}

const prototypesExpression = `(() => {
  const watched = { Object, Array, String, Number, Boolean, Function };
  const ownKeys = Object.fromEntries(
    Object.entries(watched).map(([name, type]) => [name, Reflect.ownKeys(type.prototype).map(String).sort()]),
  );
  const probe = {};
  return { ownKeys, polluted: probe.polluted ?? null, firstName: probe.FirstName ?? null };
})()`;

export async function connectInspector(webSocketUrl: string): Promise<ServerInspector> {
  const socket = new WebSocket(webSocketUrl);
  await new Promise<void>((resolve, reject) => {
    socket.addEventListener("open", () => resolve(), { once: true });
    socket.addEventListener(
      "error",
      () => reject(new Error(`Could not reach the server's inspector at ${webSocketUrl}.`)),
      { once: true },
    );
  });
  let nextId = 0;
  const waiting = new Map<number, (reply: Reply) => void>();
  socket.addEventListener("message", (event) => {
    const reply = JSON.parse(String(event.data)) as Reply;
    waiting.get(reply.id)?.(reply);
    waiting.delete(reply.id);
  });
  const call = (method: string, params: object = {}) =>
    new Promise<Reply>((resolve, reject) => {
      const id = ++nextId;
      waiting.set(id, (reply) =>
        reply.error ? reject(new Error(`${method}: ${reply.error.message}`)) : resolve(reply),
      );
      socket.send(JSON.stringify({ id, method, params }));
    });
  const evaluate = async <T>(expression: string): Promise<T> => {
    const reply = await call("Runtime.evaluate", { expression, returnByValue: true, awaitPromise: true });
    if (reply.result?.exceptionDetails)
      throw new Error(`The server could not evaluate it: ${reply.result.exceptionDetails.text}`);
    return reply.result?.result?.value as T;
  };
  return {
    evaluate,
    heapAfterGc: async () => {
      await call("HeapProfiler.collectGarbage");
      return evaluate<number>("process.memoryUsage().heapUsed");
    },
    prototypes: () => evaluate<Prototypes>(prototypesExpression),
    listensOn: (port) =>
      evaluate<boolean>(
        `process._getActiveHandles().some((h) => typeof h.address === "function" && h.address()?.port === ${Number(port)})`,
      ),
    close: () => socket.close(),
  };
}
