// Ids for the rows every lead adds (its receipt, the lead): UUID version 7
// (RFC 9562), a millisecond timestamp followed by random bits. A new row's id
// sorts after the last one's, so its primary key entry lands on the index's
// last page, which stays in memory, where a random (version 4) id lands on
// any page of an index that at ten million leads is far larger than the
// database's buffers: each insert read, dirtied and logged a page of its own
// (docs/performance.md, twenty-sixth round). The timestamp it carries is the
// row's own creation time, which the row shows anyway.
import { randomFillSync } from "node:crypto";

const bytes = Buffer.alloc(16);

/** A version 7 UUID for `ms` (default now). */
export function timeOrderedId(ms: number = Date.now()): string {
  randomFillSync(bytes, 6, 10);
  bytes.writeUIntBE(ms, 0, 6);
  bytes.writeUInt8((bytes.readUInt8(6) & 0x0f) | 0x70, 6); // version 7
  bytes.writeUInt8((bytes.readUInt8(8) & 0x3f) | 0x80, 8); // RFC 9562 variant
  const hex = bytes.toString("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
