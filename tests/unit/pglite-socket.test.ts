// The embedded database served over a local socket (pglite-socket-server.ts)
// behaves for a client process as the database thread does for its owner:
// rows, database errors with their codes, transactions, dumps; and a client
// that goes away mid-transaction leaves nothing half done.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { RemotePglite } from "@/lib/db/pglite-remote";
import { serveEmbeddedDatabase } from "@/lib/db/pglite-socket-server";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "leaddesk-socket-"));
const socketPath = path.join(dir, "db.sock");
let owner: RemotePglite;
let stop: () => Promise<void>;

beforeAll(async () => {
  owner = await RemotePglite.open(undefined);
  await owner.exec("CREATE TABLE item (id int PRIMARY KEY, name text NOT NULL)");
  stop = await serveEmbeddedDatabase(owner, socketPath);
}, 60_000);
afterAll(async () => {
  await stop?.();
  await owner?.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const count = async (db: RemotePglite) =>
  (await db.query<{ n: number }>("SELECT count(*)::int AS n FROM item")).rows[0]!.n;

describe("the embedded database over its socket", { timeout: 60_000 }, () => {
  it("answers queries, transactions and errors as the owner's thread does, to several clients", async () => {
    const [a, b] = await Promise.all([RemotePglite.connect(socketPath), RemotePglite.connect(socketPath)]);
    await a.transaction(async (tx) => {
      await tx.query("INSERT INTO item VALUES ($1, $2)", [1, "from a"]);
    });
    await b.query("INSERT INTO item VALUES ($1, $2)", [2, "from b ü"]);
    expect(await count(owner)).toBe(2);
    expect((await a.query<{ name: string }>("SELECT name FROM item WHERE id = 2")).rows).toEqual([
      { name: "from b ü" },
    ]);
    const failure: unknown = await b.query("INSERT INTO item VALUES (1, 'again')").catch((error: unknown) => error);
    expect((failure as { code?: string }).code).toBe("23505");
    await a.close();
    await b.close();
    expect(await count(owner)).toBe(2); // a client's close leaves the owner's database open
  });

  it("rolls back the transaction of a client that goes away", async () => {
    const client = await RemotePglite.connect(socketPath);
    let entered!: () => void;
    const inside = new Promise<void>((resolve) => (entered = resolve));
    void client.transaction(async (tx) => {
      await tx.query("INSERT INTO item VALUES (3, 'never committed')");
      entered();
      await new Promise(() => {}); // the process dies here
    });
    await inside;
    await (client as unknown as { channel: { close(): Promise<void> } }).channel.close();
    // The owner's next transaction waits for the abandoned one to be rolled back, then runs.
    await owner.transaction(async (tx) => void (await tx.query("SELECT 1")));
    expect(await count(owner)).toBe(2);
  });

  it("gives a client the owner's dump of the data folder", async () => {
    const client = await RemotePglite.connect(socketPath);
    const dump = await client.dumpDataDir();
    expect(dump.subarray(0, 2)).toEqual(Buffer.from([0x1f, 0x8b]));
    await client.close();
  });
});
