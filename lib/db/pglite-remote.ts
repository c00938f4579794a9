// The embedded database on a thread of its own (pglite-thread.mjs). Under a
// busy webhook PGlite's engine shared one core with HTTP handling; now the two
// share the work of a post across two cores. This is the request-handling
// side: the part of PGlite's interface that Prisma's adapter and raw-sql.ts use
// (query, exec, transaction), sent as messages.
import { Worker } from "node:worker_threads";
import { messages, type ParserOptions, type QueryOptions, type Results } from "@electric-sql/pglite";

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

interface RemoteError {
  message: string;
  database?: boolean;
  fields: Record<string, unknown>;
}
type Reply = { ready: true } | { id: number; result?: unknown; error?: RemoteError };
type Request = { op: "query" | "exec" | "begin" | "rollback" | "end" | "close"; txId?: number } & Record<string, unknown>;

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

export class RemotePglite implements PgliteClient {
  private readonly pending = new Map<number, { resolve(value: unknown): void; reject(error: Error): void }>();
  private nextId = 1;
  private failure: Error | undefined;
  /** Settles when the thread has opened the database, or failed to. */
  private readonly opened: Promise<unknown>;

  private constructor(private readonly worker: Worker) {
    // Request 0 is the opening: the thread's { ready } message answers it.
    this.opened = new Promise((resolve, reject) => this.pending.set(0, { resolve, reject }));
    worker.on("message", (reply: Reply) => this.settle("ready" in reply ? { id: 0 } : reply));
    worker.on("error", (error) => this.fail(error));
    worker.on("exit", (code) => this.fail(new Error(`The embedded database thread has stopped (exit code ${code}).`)));
  }

  /** Starts the thread and waits for the database to open (dataDir undefined: in memory). */
  static async open(dataDir: string | undefined): Promise<RemotePglite> {
    const remote = new RemotePglite(new Worker(new URL("./pglite-thread.mjs", import.meta.url), { workerData: { dataDir } }));
    await remote.opened;
    return remote;
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

  async close(): Promise<void> {
    if (!this.failure) await this.call({ op: "close" });
    await this.worker.terminate();
  }

  private async queryOn<T>(txId: number | undefined, sql: string, params: unknown[], options: QueryOptions): Promise<Results<T>> {
    const { rowMode, parsers = {}, paramTypes, ...rest } = options;
    if (Object.keys(rest).length) throw new Error(`Query options ${Object.keys(rest).join(", ")} cannot reach the embedded database thread.`);
    const result = (await this.call({ op: "query", txId, sql, params, rowMode, paramTypes, rawTypes: Object.keys(parsers).map(Number) })) as Results<T>;
    applyParsers(result, parsers, rowMode);
    return result;
  }

  private call(request: Request): Promise<unknown> {
    if (this.failure) return Promise.reject(this.failure);
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.worker.postMessage({ ...request, id });
      this.holdProcess();
    });
  }

  private settle(reply: Exclude<Reply, { ready: true }>) {
    const waiting = this.pending.get(reply.id);
    if (!waiting) return;
    this.pending.delete(reply.id);
    this.holdProcess();
    if (reply.error) waiting.reject(toError(reply.error));
    else waiting.resolve(reply.result);
  }

  /** An idle thread does not keep the process alive (a script may forget to disconnect); a request in flight does. */
  private holdProcess() {
    if (this.pending.size) this.worker.ref();
    else this.worker.unref();
  }

  private fail(error: Error) {
    this.failure ??= error;
    for (const waiting of this.pending.values()) waiting.reject(error);
    this.pending.clear();
  }
}
