// The PostgreSQL pool keeps idle connections for minutes (lib/db/adapter.ts):
// a fresh backend loads its catalog caches and compiles leaddesk_store_leads()
// on first use, which made the first posts after a quiet spell slow. Its
// sessions run without JIT, and prefetch the table pages of bitmap reads.
import { describe, expect, it } from "vitest";
import { getSql } from "@/lib/db";
import { PREFETCH_PAGES } from "@/lib/db/adapter";

const onPostgres = Boolean(process.env.DATABASE_URL);

describe.runIf(onPostgres)("PostgreSQL connection pool", () => {
  it("keeps an idle connection past pg's default 10 s idle timeout", async () => {
    const sql = await getSql();
    const backend = async () =>
      (await (sql.query("SELECT pg_backend_pid() AS pid") as Promise<{ pid: number }[]>))[0]!.pid;
    const before = await backend();
    await new Promise((resolve) => setTimeout(resolve, 11_000));
    expect(await backend()).toBe(before);
  }, 30_000);
});

describe.runIf(onPostgres)("a connection the server ends", () => {
  it("is replaced on next use, and the process lives on", async () => {
    const sql = await getSql();
    const backend = async () =>
      (await (sql.query("SELECT pg_backend_pid() AS pid") as Promise<{ pid: number }[]>))[0]!.pid;
    const idle = await backend();
    // Another connection ends the idle one, as a restart or an admin would (the same role may).
    const { Client } = (await import("pg")).default;
    const other = new Client({ connectionString: process.env.DATABASE_URL });
    await other.connect();
    try {
      await other.query("SELECT pg_terminate_backend($1)", [idle]);
    } finally {
      await other.end();
    }
    // pg emits the idle client's error on the pool: unheard, it would be an uncaught exception here.
    await new Promise((resolve) => setTimeout(resolve, 200));
    const next = await backend();
    expect(next).not.toBe(idle);
  });
});

describe.runIf(onPostgres)("the pool's sessions", () => {
  it("run without JIT compilation, which cost the list's statements 100–250 ms each", async () => {
    const sql = await getSql();
    const rows = (await sql.query("SHOW jit")) as { jit: string }[];
    expect(rows[0]!.jit).toBe("off");
    // The server's own default is on: the pool says otherwise.
    const { Client } = (await import("pg")).default;
    const other = new Client({ connectionString: process.env.DATABASE_URL });
    await other.connect();
    try {
      expect((await other.query("SELECT current_setting('jit') AS jit")).rows[0].jit).toBe("on");
    } finally {
      await other.end();
    }
  });

  it("prefetch the table pages of a bitmap read, which cold filters fetch by the thousand", async () => {
    const sql = await getSql();
    const rows = (await sql.query("SHOW effective_io_concurrency")) as { effective_io_concurrency: string }[];
    expect(Number(rows[0]!.effective_io_concurrency)).toBe(PREFETCH_PAGES);
    const { Client } = (await import("pg")).default;
    const other = new Client({ connectionString: process.env.DATABASE_URL });
    await other.connect();
    try {
      const server = await other.query("SELECT current_setting('effective_io_concurrency') AS n");
      expect(Number(server.rows[0].n)).toBeLessThan(PREFETCH_PAGES);
    } finally {
      await other.end();
    }
  });
});
