// The embedded database's own thread: PGlite runs here, so its WebAssembly
// engine does not share a core with request handling. pglite-remote.ts is the
// other end. Plain JavaScript, because it is started as a file in every setting
// (next start, scripts, tests). Requests, each answered { id, result } or
// { id, error }:
//   { id, op: "query", txId?, sql, params, rowMode, paramTypes, rawTypes }
//   { id, op: "exec", txId?, sql }
//   { id, op: "begin" }             answered with a txId once inside BEGIN
//   { id, op: "rollback", txId }    ROLLBACK now; the transaction stays open until "end"
//   { id, op: "end", txId, commit } finishes the transaction (COMMIT unless rolled back)
//   { id, op: "dump" }              PGlite's gzip dump of the data folder (an ArrayBuffer)
//   { id, op: "close" }
import { parentPort, workerData } from "node:worker_threads";
import { PGlite, messages } from "@electric-sql/pglite";
import { pgliteExtensions } from "./pglite-extensions.mjs";

const db = await PGlite.create(workerData.dataDir, { extensions: pgliteExtensions });
/** Open transactions by id: the PGlite transaction, its outcome and the chain its requests run in. */
const transactions = new Map();
let nextTxId = 1;
const RolledBack = Symbol("rolled back");
const asText = (value) => value;

function serializeError(error) {
  if (!(error instanceof Error)) return { message: String(error), fields: {} };
  const fields = {};
  for (const [key, value] of Object.entries(error))
    if (value === null || typeof value !== "object") fields[key] = value;
  return { message: error.message, database: error instanceof messages.DatabaseError, fields };
}

function begin() {
  const txId = nextTxId++;
  return new Promise((entered, failed) => {
    const open = { chain: Promise.resolve() };
    open.done = db
      .transaction(
        (tx) =>
          new Promise((commit, rollBack) => {
            open.tx = tx;
            open.finish = (ok) => (ok ? commit() : rollBack(RolledBack));
            transactions.set(txId, open);
            entered(txId);
          }),
      )
      .catch((error) => {
        if (error !== RolledBack) throw error;
      })
      .finally(() => transactions.delete(txId));
    // Before BEGIN succeeded this fails the request; after it, "end" reports the outcome.
    open.done.catch(failed);
  });
}

const handlers = {
  async query(on, { sql, params, rowMode, paramTypes, rawTypes }) {
    // Types the caller parses itself (its parsers are functions, which cannot cross threads) come back as text.
    const parsers = Object.fromEntries(rawTypes.map((oid) => [oid, asText]));
    const { rows, fields, affectedRows } = await on.query(sql, params, { rowMode, paramTypes, parsers });
    return { rows, fields, affectedRows };
  },
  exec: (on, { sql }) => on.exec(sql),
  begin: () => begin(),
  rollback: (on) => on.rollback(),
  async end(_on, { txId, commit }) {
    const open = transactions.get(txId);
    open.finish(commit);
    await open.done;
  },
  // Inside a transaction of its own, so no other transaction is half done in the dump.
  dump: () => db.transaction(async () => (await db.dumpDataDir("gzip")).arrayBuffer()),
  close: () => db.close(),
};

function run(message) {
  if (message.txId === undefined) return handlers[message.op](db, message);
  const open = transactions.get(message.txId);
  if (!open) return Promise.reject(new Error(`Transaction ${message.txId} is not open.`));
  // One transaction's requests run in the order they were sent.
  const result = open.chain.then(() => handlers[message.op](open.tx, message));
  open.chain = result.catch(() => {});
  return result;
}

parentPort.on("message", (message) => {
  run(message).then(
    (result) => {
      parentPort.postMessage({ id: message.id, result });
      if (message.op === "close") parentPort.close();
    },
    (error) => parentPort.postMessage({ id: message.id, error: serializeError(error) }),
  );
});
parentPort.postMessage({ ready: true });
