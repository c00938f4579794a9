// A CLI that arrives while another process finishes with the embedded database: the owner's socket accepts and
// drops it, then the lock goes. The CLI waits and opens the folder itself instead of saying "in use".
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { afterAll, expect, it } from "vitest";
import { openEmbedded } from "@/lib/db/open-embedded";
import { embeddedSocketPath } from "@/lib/db/pglite-socket-server";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "leaddesk-handover-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

it("waits for a finishing owner that drops new clients, then opens the folder", { timeout: 90_000 }, async () => {
  const dataDir = path.join(dir, "data");
  fs.mkdirSync(dataDir);
  const lockFile = path.join(dataDir, "leaddesk.lock");
  fs.writeFileSync(lockFile, String(process.ppid)); // a live process that is not this one
  let dropped = 0;
  const finishingOwner = net.createServer((socket) => {
    dropped++;
    socket.destroy();
  });
  await new Promise<void>((resolve) => finishingOwner.listen(embeddedSocketPath(dataDir), resolve));
  setTimeout(() => {
    finishingOwner.close();
    fs.rmSync(lockFile);
  }, 1_500);

  const db = await openEmbedded(dataDir);
  try {
    expect(dropped).toBeGreaterThan(0);
    expect(db.shared).toBe(false);
    expect(fs.readFileSync(lockFile, "utf8")).toBe(String(process.pid));
    expect((await db.client.query<{ one: number }>("SELECT 1 AS one")).rows).toEqual([{ one: 1 }]);
  } finally {
    await db.close();
  }
});
