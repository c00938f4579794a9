// Property: whatever an authenticated sender posts, the answer is a precise
// 2xx/4xx (never 5xx) and the body is kept as a receipt.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { newKey, post } from "@/tests/support/webhook";
import { body, contentType } from "@/tests/support/webhook-arbitraries";

describe("webhook fuzzing", () => {
  it("never answers 5xx and keeps a receipt for every authenticated body", async () => {
    const { id: keyId, key } = await newKey("fuzz");
    const db = await getDb();
    let runs = 0;
    await fc.assert(
      fc.asyncProperty(body, contentType, async (payload, type) => {
        runs += 1;
        const res = await post(key, payload, { contentType: type });
        expect(res.status).toBeLessThan(500);
        expect([200, 201, 400, 415, 422]).toContain(res.status);
        expect(await db.receipt.count({ where: { webhookKeyId: keyId } })).toBe(runs);
      }),
      { numRuns: 150, seed: 20261122 },
    );
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty("FirstName");
  });
});
