// Ingestion's ids must sort in the order rows are made, so a new row's primary
// key entry lands on the index's last page (lib/db/time-ordered-id.ts).
import { describe, expect, it } from "vitest";
import { timeOrderedId } from "@/lib/db/time-ordered-id";

const uuidV7 = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe("timeOrderedId", () => {
  it("is a version 7 UUID whose first 48 bits are the millisecond", () => {
    const ms = Date.UTC(2026, 11, 7, 8, 30, 15, 123);
    const id = timeOrderedId(ms);
    expect(id).toMatch(uuidV7);
    expect(parseInt(id.replaceAll("-", "").slice(0, 12), 16)).toBe(ms);
  });

  it("sorts by time: a later millisecond's id is greater, as text and as PostgreSQL compares uuids (bytes)", () => {
    const start = Date.UTC(2026, 0, 1);
    const ids = Array.from({ length: 2_000 }, (_, i) => timeOrderedId(start + i * 37));
    expect([...ids].sort()).toEqual(ids);
    const bytes = ids.map((id) => Buffer.from(id.replaceAll("-", ""), "hex"));
    expect([...bytes].sort(Buffer.compare)).toEqual(bytes);
  });

  it("is random after the timestamp: ids of one millisecond differ", () => {
    const ms = Date.now();
    const ids = new Set(Array.from({ length: 10_000 }, () => timeOrderedId(ms)));
    expect(ids.size).toBe(10_000);
    for (const id of ids) expect(id.slice(0, 13)).toBe(timeOrderedId(ms).slice(0, 13));
  });
});
