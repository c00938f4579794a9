// Settings for one statement (lib/db/local-settings.ts) hold for that statement
// only: the pooled session the next query gets is as it was.
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { getDb } from "@/lib/db";
import { LARGE_WORK_MEM, withLocalSettings } from "@/lib/db/local-settings";
import { parseRow } from "@/lib/db/rows";

const setting = async (name: "work_mem" | "enable_seqscan", query?: Record<string, string>) => {
  const db = await getDb();
  const statement = db.$queryRaw`SELECT current_setting(${name}) AS value`;
  const rows = query ? await withLocalSettings(query, statement) : await statement;
  return parseRow(z.object({ value: z.string() }), rows).value;
};

describe("settings for one statement", () => {
  it("apply to the statement and end with it", async () => {
    const before = await setting("work_mem");
    expect(before).not.toBe("64MB");
    expect(await setting("work_mem", LARGE_WORK_MEM)).toBe("64MB");
    expect(await setting("enable_seqscan", { enable_seqscan: "off", work_mem: "8MB" })).toBe("off");
    // The same pool, its sessions untouched: many reads, so any of its connections would show a leak.
    const after = await Promise.all(Array.from({ length: 8 }, () => setting("work_mem")));
    expect(new Set(after)).toEqual(new Set([before]));
    expect(await setting("enable_seqscan")).toBe("on");
  });

  it("leave the statement's rows as they are when there are none", async () => {
    const db = await getDb();
    expect(await withLocalSettings({}, db.$queryRaw`SELECT 1 AS one`)).toEqual([{ one: 1 }]);
  });

  // Prisma ends a batch transaction after 5 s unless told otherwise; a list
  // read at ten million leads can take longer and must not fail for it.
  it("let a statement run longer than Prisma's transaction limit", async () => {
    const db = await getDb();
    const rows = await withLocalSettings(
      LARGE_WORK_MEM,
      db.$queryRaw`SELECT pg_sleep(5.5)::text AS slept, current_setting('work_mem') AS value`,
    );
    expect(parseRow(z.object({ value: z.string() }), rows).value).toBe("64MB");
  }, 20_000);
});
