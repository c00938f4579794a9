// Reads a request body up to a limit without ever buffering more than that:
// an oversized post costs at most MAX_BODY_BYTES of memory.
import { MAX_BODY_BYTES } from "./limits";

export interface ReceivedBody {
  bytes: Buffer;
  /** Bytes received in all (more than bytes.length when truncated). */
  size: number;
  truncated: boolean;
}

export async function readBody(request: Request, limit = MAX_BODY_BYTES): Promise<ReceivedBody> {
  if (!request.body) return { bytes: Buffer.alloc(0), size: 0, truncated: false };
  const chunks: Buffer[] = [];
  let kept = 0;
  let size = 0;
  const reader = request.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (kept < limit) {
      const part = Buffer.from(value.buffer, value.byteOffset, Math.min(value.byteLength, limit - kept));
      chunks.push(Buffer.from(part));
      kept += part.byteLength;
    }
    // Past the limit we only count: reading on (rather than cancelling) lets
    // the client finish sending and receive our 413 instead of a reset.
    if (size > limit * 64) {
      await reader.cancel();
      break;
    }
  }
  return { bytes: Buffer.concat(chunks, kept), size, truncated: size > limit };
}
