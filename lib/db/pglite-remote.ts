// The embedded database on a thread of its own (pglite-thread.mjs). Under a
// busy webhook PGlite's engine shared one core with HTTP handling; now the two
// share the work of a post across two cores. This is the request-handling
// side: the part of PGlite's interface that Prisma's adapter and raw-sql.ts use
// (query, exec, transaction), sent as messages — to the thread, or over a
// local socket to the process that owns the database (pglite-channel.ts).
import net from "node:net";
import { Worker } from "node:worker_threads";
import { messages, type ParserOptions, type QueryOptions, type Results } from "@electric-sql/pglite";
import { socketChannel, workerChannel, type Channel } from "./pglite-channel";

/** What the app asks of PGlite; a PGlite instance and a RemotePglite both have it. */
export interface PgliteQueries {
  query<T>(sql: string, params?: unknown[], options?: QueryOptions): Promise<Results<T>>;
  exec(sql: string): Promise<Results[]>;
}
export interface PgliteTransaction extends PgliteQueries {
  rollback(): Promise<void>;
}
export interface PgliteClient extends PgliteQueries {
  transaction<T>(fn: (tx: PgliteTransaction) => Promise<T>): Promise<T>;
}

export interface RemoteError {
  message: string;
  database?: boolean;
  fields: Record<string, unknown>;
}
export type Reply = { ready: true } | { id: number; result?: unknown; error?: RemoteError };
type Op = "query" | "exec" | "begin" | "rollback" | "end" | "dump" | "close";
export type Request = { op: Op; txId?: number } & Record<string, unknown>;

/** Errors keep their class and fields (code, detail…), so callers and Prisma's adapter read them as before. */
function toError(remote: RemoteError): Error {
  const error = remote.database ? new messages.DatabaseError(remote.message, 0, "error") : new Error(remote.message);
  return Object.assign(error, remote.fields);
}

/** The thread returns the types the caller has parsers for as text; the parsers run here. */
function applyParsers(result: Results<unknown>, parsers: ParserOptions, rowMode: QueryOptions["rowMode"]) {
  result.fields.forEach((field, index) => {
    // PGlite passes the type id too (array parsers use it).
    const parse = parsers[field.dataTypeID] as ((value: string, typeId: number) => unknown) | undefined;
    if (!parse) return;
    const key = rowMode === "array" ? index : field.name;
    for (const row of result.rows as Record<string | number, unknown>[]) {
      const value = row[key];
      if (typeof value === "string") row[key] = parse(value, field.dataTypeID);
    }
  });
}

interface Waiting {
  resolve(value: unknown): void;
  reject(error: Error | RemoteError): void;
  raw?: boolean;
}

export class RemotePglite implements PgliteClient {
  private readonly pending = new Map<number, Waiting>();
  private nextId = 1;
  private failure: Error | undefined;
  /** Settles when the thread has opened the database, or failed to. */
  private readonly opened: Promise<unknown>;

  private constructor(
    private readonly channel: Channel,
    private readonly ownsDatabase: boolean,
  ) {
    // Request 0 is the opening: the other end's { ready } message answers it.
    this.opened = new Promise((resolve, reject) => this.pending.set(0, { resolve, reject }));
    channel.onMessage((message) => {
      const reply = message as Reply;
      this.settle("ready" in reply ? { id: 0 } : reply);
    });
    channel.onClose((error) => this.fail(error));
  }

  /** Starts the thread and waits for the database to open (dataDir undefined: in memory). */
  static async open(dataDir: string | undefined): Promise<RemotePglite> {
    const worker = new Worker(new URL("./pglite-thread.mjs", import.meta.url), { workerData: { dataDir } });
    const remote = new RemotePglite(workerChannel(worker), true);
    await remote.opened;
    return remote;
  }

  /** Connects to the process that owns the database, through its socket (pglite-socket-server.ts). */
  static async connect(socketPath: string): Promise<RemotePglite> {
    const socket = net.connect(socketPath);
    await new Promise<void>((resolve, reject) => {
      socket.once("connect", resolve);
      socket.once("error", reject);
    });
    socket.on("error", () => {}); // reported as the close that follows
    const closed = "The app that holds the embedded database has stopped.";
    const remote = new RemotePglite(socketChannel(socket, closed), false);
    try {
      await remote.opened;
    } catch {
      // The owner closed as this client arrived (it was finishing): the caller tries again or opens the folder.
      socket.destroy();
      throw Object.assign(new Error(closed), { code: "ECONNRESET" });
    }
    return remote;
  }

  /** Sends a request as it is and resolves with the raw reply, for relaying it to another process. */
  relay(request: Request): Promise<{ result?: unknown; error?: RemoteError }> {
    return this.call(request, true).then(
      (result) => ({ result }),
      (error: Error | RemoteError) => ({
        error: error instanceof Error ? { message: error.message, fields: {} } : error,
      }),
    );
  }

  /** PGlite's gzip dump of the data folder, taken between transactions. */
  async dumpDataDir(): Promise<Buffer> {
    return Buffer.from((await this.call({ op: "dump" })) as ArrayBuffer);
  }

  query<T>(sql: string, params: unknown[] = [], options: QueryOptions = {}): Promise<Results<T>> {
    return this.queryOn(undefined, sql, params, options);
  }

  exec(sql: string): Promise<Results[]> {
    return this.call({ op: "exec", sql }) as Promise<Results[]>;
  }

  async transaction<T>(fn: (tx: PgliteTransaction) => Promise<T>): Promise<T> {
    const txId = (await this.call({ op: "begin" })) as number;
    const tx: PgliteTransaction = {
      query: (sql, params = [], options = {}) => this.queryOn(txId, sql, params, options),
      exec: (sql) => this.call({ op: "exec", txId, sql }) as Promise<Results[]>,
      rollback: () => this.call({ op: "rollback", txId }) as Promise<void>,
    };
    let result: T;
    try {
      result = await fn(tx);
    } catch (error) {
      await this.call({ op: "end", txId, commit: false }).catch(() => {});
      throw error;
    }
    await this.call({ op: "end", txId, commit: true });
    return result;
  }

  /** Over a socket only this connection ends; the owner keeps its database open. */
  async close(): Promise<void> {
    if (!this.failure && this.ownsDatabase) await this.call({ op: "close" });
    await this.channel.close();
  }

  private async queryOn<T>(
    txId: number | undefined,
    sql: string,
    params: unknown[],
    options: QueryOptions,
  ): Promise<Results<T>> {
    const { rowMode, parsers = {}, paramTypes, ...rest } = options;
    if (Object.keys(rest).length)
      throw new Error(`Query options ${Object.keys(rest).join(", ")} cannot reach the embedded database thread.`);
    const result = (await this.call({
      op: "query",
      txId,
      sql,
      params,
      rowMode,
      paramTypes,
      rawTypes: Object.keys(parsers).map(Number),
    })) as Results<T>;
    applyParsers(result, parsers, rowMode);
    return result;
  }

  /** raw: a refusal rejects with the RemoteError as sent, not rebuilt as an Error (relay). */
  private call(request: Request, raw = false): Promise<unknown> {
    if (this.failure) return Promise.reject(this.failure);
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject, raw });
      this.channel.send({ ...request, id });
      this.holdProcess();
    });
  }

  private settle(reply: Exclude<Reply, { ready: true }>) {
    const waiting = this.pending.get(reply.id);
    if (!waiting) return;
    this.pending.delete(reply.id);
    this.holdProcess();
    if (reply.error) waiting.reject(waiting.raw ? reply.error : toError(reply.error));
    else waiting.resolve(reply.result);
  }

  /** An idle thread does not keep the process alive (a script may forget to disconnect); a request in flight does. */
  private holdProcess() {
    this.channel.hold(this.pending.size > 0);
  }

  private fail(error: Error) {
    this.failure ??= error;
    for (const waiting of this.pending.values()) waiting.reject(error);
    this.pending.clear();
  }
}
