// The PostgreSQL pool keeps idle connections for minutes (lib/db/adapter.ts):
// a fresh backend loads its catalog caches and compiles leaddesk_store_leads()
// on first use, which made the first posts after a quiet spell slow.
import { describe, expect, it } from "vitest";
import { getSql } from "@/lib/db";

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
