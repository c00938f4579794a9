// The server loads Prisma's query compiler at start (prepareAtStart), before any request
// runs under Next's AsyncLocalStorage. Loaded under the first request instead, the ES module
// loader's own promises passed through Node's async-context hooks, whose lookups then stayed
// slower for every promise of every request (docs/performance.md, sixteenth round). Each case
// is a process of its own, since the compiler loads once per process; the compiler's
// WebAssembly module is what each one watches being made.
import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";

/** When the process compiled WebAssembly: "start" (prepareAtStart) or "request". */
async function compiledDuring(prepareFirst: boolean): Promise<string[]> {
  const source = (file: string) => JSON.stringify(path.resolve(file));
  const script = `(async () => {
    let phase = "start";
    const compiled = [];
    const { Module } = WebAssembly;
    WebAssembly.Module = function (bytes) {
      compiled.push(phase);
      return new Module(bytes);
    };
    const { AsyncLocalStorage } = await import("node:async_hooks");
    const { prepareAtStart } = await import(${source("lib/startup/prepare-at-start.ts")});
    const { getDb } = await import(${source("lib/db/index.ts")});
    if (${prepareFirst}) await prepareAtStart();
    phase = "request";
    await new AsyncLocalStorage().run({}, async () => (await getDb()).$connect());
    console.log(JSON.stringify(compiled));
    process.exit(0);
  })();`;
  const { stdout } = await promisify(execFile)(path.resolve("node_modules/.bin/tsx"), ["--eval", script], {
    timeout: 50_000,
    // A PostgreSQL address nothing listens on: loading the compiler sends nothing to the database.
    env: { ...process.env, DATABASE_URL: "postgres://nobody:secret@127.0.0.1:9/none", MIGRATE_ON_START: "" },
  });
  return JSON.parse(stdout.trim().split("\n").at(-1)!) as string[];
}

describe("Prisma's query compiler at server start", () => {
  it("is loaded by prepareAtStart, not under the first request", async () => {
    expect(await compiledDuring(true)).toEqual(["start"]);
  }, 60_000);

  it("is otherwise loaded under the first request (so the check above can fail)", async () => {
    expect(await compiledDuring(false)).toEqual(["request"]);
  }, 60_000);
});
