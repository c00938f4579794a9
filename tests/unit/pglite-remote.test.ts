// The embedded database's thread (lib/db/pglite-remote.ts + pglite-thread.mjs)
// must behave like an in-process PGlite for everything the app uses: results,
// parsers, errors, transactions. The integration suite runs all of the app on
// it; these pin down the thread protocol itself.
import { execFile } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { messages } from "@electric-sql/pglite";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { RemotePglite } from "@/lib/db/pglite-remote";

let db: RemotePglite;

beforeAll(async () => {
  db = await RemotePglite.open(undefined);
  await db.exec("CREATE TABLE item (id int PRIMARY KEY, name text NOT NULL, at timestamptz)");
}, 60_000);
afterAll(() => db?.close());

const count = async () => (await db.query<{ n: number }>("SELECT count(*)::int AS n FROM item")).rows[0]!.n;

describe("RemotePglite", () => {
  it("answers queries with rows and fields, and runs the caller's parsers on this side", async () => {
    const seen: [string, number][] = [];
    const result = await db.query<unknown[]>(
      "SELECT 1 AS one, '2026-11-27 10:00:00+00'::timestamptz AS at, $1::text AS echo",
      ["ü ✓"],
      {
        rowMode: "array",
        parsers: { 1184: (value: string, typeId?: number) => (seen.push([value, typeId!]), `parsed ${value}`) },
      },
    );
    expect(result.fields.map((f) => f.name)).toEqual(["one", "at", "echo"]);
    expect(result.rows).toEqual([[1, "parsed 2026-11-27 10:00:00+00", "ü ✓"]]);
    expect(seen).toEqual([["2026-11-27 10:00:00+00", 1184]]);
    // Without parsers, PGlite's own parsing (done on the thread) comes through structured clone intact.
    const { rows } = await db.query<{ at: Date; list: number[] }>(
      "SELECT '2026-11-27T10:00:00Z'::timestamptz AS at, ARRAY[1,2] AS list",
    );
    expect(rows[0]!.at).toBeInstanceOf(Date);
    expect(rows[0]!.at.toISOString()).toBe("2026-11-27T10:00:00.000Z");
    expect(rows[0]!.list).toEqual([1, 2]);
  });

  it("rejects with PGlite's DatabaseError, its code and fields intact", async () => {
    const missing = await db.query("SELECT * FROM nowhere").catch((e: unknown) => e);
    expect(missing).toBeInstanceOf(messages.DatabaseError);
    expect(missing).toMatchObject({ code: "42P01", message: 'relation "nowhere" does not exist' });
    await db.query("INSERT INTO item (id, name) VALUES (100, 'x')");
    const duplicate = await db.query("INSERT INTO item (id, name) VALUES (100, 'y')").catch((e: unknown) => e);
    expect(duplicate).toMatchObject({ code: "23505", constraint: "item_pkey", table: "item" });
    await db.query("DELETE FROM item");
  });

  it("commits a transaction, and rolls it back when the callback throws or calls rollback()", async () => {
    await db.transaction(async (tx) => {
      await tx.query("INSERT INTO item (id, name) VALUES (1, 'kept')");
      await tx.exec("INSERT INTO item (id, name) VALUES (2, 'kept too')");
    });
    expect(await count()).toBe(2);

    await expect(
      db.transaction(async (tx) => {
        await tx.query("INSERT INTO item (id, name) VALUES (3, 'lost')");
        throw new Error("changed my mind");
      }),
    ).rejects.toThrow("changed my mind");
    await db.transaction(async (tx) => {
      await tx.query("INSERT INTO item (id, name) VALUES (4, 'lost')");
      await tx.rollback();
    });
    const failing = await db
      .transaction(async (tx) => {
        await tx.query("INSERT INTO item (id, name) VALUES (5, 'lost')");
        await tx.query("INSERT INTO item (id, name) VALUES (1, 'duplicate')");
      })
      .catch((e: unknown) => e);
    expect(failing).toMatchObject({ code: "23505" });
    expect((await db.query<{ id: number }>("SELECT id FROM item ORDER BY id")).rows.map((r) => r.id)).toEqual([1, 2]);
  });

  it("makes queries from outside wait for an open transaction, as PGlite does", async () => {
    let outside: Promise<number> | undefined;
    await db.transaction(async (tx) => {
      await tx.query("INSERT INTO item (id, name) VALUES (10, 'in the transaction')");
      outside = count();
      await new Promise((r) => setTimeout(r, 50));
      await tx.query("INSERT INTO item (id, name) VALUES (11, 'in the transaction')");
    });
    expect(await outside).toBe(4);
  });

  it("refuses query options that cannot cross threads instead of ignoring them", async () => {
    await expect(db.query("SELECT 1", [], { serializers: { 25: String } })).rejects.toThrow(/serializers cannot reach/);
  });

  it("passes the parameter types the caller gives", async () => {
    const echo = async (options = {}) => (await db.query<{ v: unknown }>("SELECT $1 AS v", ["5"], options)).rows[0]!.v;
    expect(await echo()).toBe("5");
    expect(await echo({ paramTypes: [23] })).toBe(5); // int4
  });

  it("passes the parameter types inside a transaction too", async () => {
    expect(
      await db.transaction(
        async (tx) => (await tx.query<{ v: unknown }>("SELECT $1 AS v", ["7"], { paramTypes: [23] })).rows[0]!.v,
      ),
    ).toBe(7);
  });

  it("fails open() with the reason when the thread cannot open the database", async () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "leaddesk-remote-")), "not-a-folder");
    fs.writeFileSync(file, "x");
    await expect(RemotePglite.open(file)).rejects.toThrow();
  }, 60_000);

  it("rejects calls after close instead of leaving them waiting", async () => {
    const other = await RemotePglite.open(undefined);
    await other.close();
    await expect(other.query("SELECT 1")).rejects.toThrow(/embedded database thread has stopped/);
  }, 60_000);

  it("does not keep a process alive once its requests are answered", async () => {
    // A script that queries and never closes still exits (the idle thread is unref'd).
    const script = `import(${JSON.stringify(path.resolve("lib/db/pglite-remote.ts"))}).then(async ({ RemotePglite }) => {
      const db = await RemotePglite.open(undefined);
      console.log((await db.query("SELECT 41 + 1 AS n")).rows[0].n);
    });`;
    const { stdout } = await promisify(execFile)(path.resolve("node_modules/.bin/tsx"), ["--eval", script], {
      timeout: 50_000,
    });
    expect(stdout.trim()).toBe("42");
  }, 60_000);
});
