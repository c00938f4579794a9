import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { getLeadDetail } from "@/lib/leads/get-lead-detail";
import { triageLead } from "@/lib/leads/triage-lead";
import { seedLead, seedUser, uniqueOffer } from "@/tests/support/leads";

describe("lead detail", () => {
  it("is null for malformed and unknown ids", async () => {
    expect(await getLeadDetail("not-a-uuid")).toBeNull();
    expect(await getLeadDetail("'; DROP TABLE leads; --")).toBeNull();
    expect(await getLeadDetail("00000000-0000-4000-8000-000000000000")).toBeNull();
  });

  it("shows the raw receipt, the customer's history across steps and offers, deliveries with attempts, and activity", async () => {
    const me = await seedUser();
    const email = `history-${uniqueOffer()}@fabrikam.com`;
    const trial = await seedLead({
      offer: uniqueOffer(),
      email,
      source: "TestDrive",
      action: "StartTestDrive",
      last: "<script>alert(1)</script>",
    });
    const install = await seedLead({ offer: uniqueOffer(), email, source: "AzureMarketplace", action: "INS" });
    const active = await seedLead({ offer: uniqueOffer(), email, source: "AzurePortal", action: "Create" });
    await seedLead({ offer: uniqueOffer() }); // someone else

    const db = await getDb();
    const destination = await db.destination.create({
      data: { kind: "HTTPS", name: `detail ${email}`, enabled: false },
    });
    const delivery = await db.delivery.create({
      data: {
        leadId: active,
        destinationId: destination.id,
        state: "PENDING",
        attempts: 1,
        lastStatus: 503,
        lastError: "Service unavailable",
      },
    });
    await db.deliveryAttempt.create({
      data: {
        destinationId: destination.id,
        deliveryId: delivery.id,
        latencyMs: 120,
        ok: false,
        httpStatus: 503,
        verdict: "retry",
        request: {},
      },
    });
    await triageLead(active, { kind: "status", status: "CONTACTED" }, me);

    const detail = (await getLeadDetail(active))!;
    expect(detail.history.map((h) => h.id).sort()).toEqual([trial, install].sort());
    expect(detail.history.map((h) => h.stage).sort()).toEqual(["INITIAL_INTEREST", "TRIAL"]);
    expect(detail.deliveries).toHaveLength(1);
    expect(detail.deliveries[0]).toMatchObject({
      state: "PENDING",
      attempts: 1,
      lastError: "Service unavailable",
      destination: { name: destination.name },
    });
    expect(detail.deliveries[0]!.attemptLog).toMatchObject([{ httpStatus: 503, verdict: "retry", ok: false }]);
    expect(detail.activities).toMatchObject([
      { kind: "STATUS", fromValue: "NEW", toValue: "CONTACTED", actor: { email: me.email } },
    ]);

    // The receipt body exactly as received (React escapes it when rendering).
    const first = (await getLeadDetail(trial))!;
    expect(first.receipt.text).toContain('"LastName":"<script>alert(1)</script>"');
    expect(first.receipt.contentType).toBe("application/json");
  });
});
