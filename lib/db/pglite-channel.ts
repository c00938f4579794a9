// How RemotePglite reaches the embedded database: a worker thread in this
// process (the database's owner), or a local socket to the process that owns
// it (pglite-socket-server.ts), so a CLI works beside the running app. Both
// carry the same messages; over a socket each is a 4-byte length and the
// message in V8's serialisation (what postMessage uses), so rows, errors and
// dumps cross unchanged.
import type net from "node:net";
import v8 from "node:v8";
import type { Worker } from "node:worker_threads";

export interface Channel {
  send(message: object): void;
  onMessage(listener: (message: unknown) => void): void;
  /** The other end has gone (thread exited, socket closed). */
  onClose(listener: (error: Error) => void): void;
  /** Whether the channel keeps the process alive (only while a request is in flight). */
  hold(on: boolean): void;
  close(): Promise<void>;
}

export function workerChannel(worker: Worker): Channel {
  return {
    send: (message) => worker.postMessage(message),
    onMessage: (listener) => worker.on("message", listener),
    onClose(listener) {
      worker.on("error", listener);
      worker.on("exit", (code) => listener(new Error(`The embedded database thread has stopped (exit code ${code}).`)));
    },
    hold: (on) => (on ? worker.ref() : worker.unref()),
    close: async () => void (await worker.terminate()),
  };
}

export function socketChannel(socket: net.Socket, closedMessage: string): Channel {
  return {
    send: (message) => writeFrame(socket, message),
    onMessage: (listener) => readFrames(socket, listener),
    onClose(listener) {
      socket.on("close", () => listener(new Error(closedMessage)));
    },
    hold: (on) => (on ? socket.ref() : socket.unref()),
    close: () => new Promise((resolve) => (socket.destroyed ? resolve() : socket.end(resolve))),
  };
}

export function writeFrame(socket: net.Socket, message: unknown): void {
  const body = v8.serialize(message);
  const head = Buffer.alloc(4);
  head.writeUInt32BE(body.length);
  socket.write(Buffer.concat([head, body]));
}

export function readFrames(socket: net.Socket, listener: (message: unknown) => void): void {
  let pending: Buffer = Buffer.alloc(0);
  socket.on("data", (chunk: Buffer) => {
    pending = pending.length ? Buffer.concat([pending, chunk]) : chunk;
    while (pending.length >= 4 && pending.length >= 4 + pending.readUInt32BE(0)) {
      const size = pending.readUInt32BE(0);
      const message = v8.deserialize(pending.subarray(4, 4 + size));
      pending = pending.subarray(4 + size);
      listener(message);
    }
  });
}
