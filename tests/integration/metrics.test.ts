// GET /api/metrics as a scraper sees it: 404 without METRICS_TOKEN, 401 with a
// wrong one, and the webhook, delivery and outbox figures after real posts and
// deliveries (through the real webhook handler and worker).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { metricsResponse } from "@/lib/metrics/metrics-response";
import { createDestination, drain, marketplaceBody, postLead } from "@/tests/support/delivery";
import { startFakeHttpsReceiver, type FakeHttpsReceiver } from "@/tests/support/fake-crm/fake-https-receiver";
import { allowLoopbackForFakes } from "@/tests/support/fake-crm/test-helpers";
import { newKey, post } from "@/tests/support/webhook";

const token = "metrics-test-token-0123456789";
const env = { METRICS_TOKEN: token };

async function scrape(authorization = `Bearer ${token}`, settings: Record<string, string> = env) {
  return metricsResponse(new Request("http://localhost/api/metrics", { headers: { authorization } }), settings);
}

/** A sample's value from the text format (0 when the series does not exist yet). */
function sample(text: string, name: string, labels: Record<string, string> = {}): number {
  const wanted = Object.entries(labels).map(([k, v]) => `${k}="${v}"`);
  for (const line of text.split("\n")) {
    const match = /^([a-z_]+)(?:\{(.*)\})? (\S+)$/.exec(line);
    if (match?.[1] === name && wanted.every((w) => (match[2] ?? "").split(",").includes(w))) return Number(match[3]);
  }
  return 0;
}

describe("metrics endpoint", () => {
  allowLoopbackForFakes();
  let receiver: FakeHttpsReceiver;
  beforeAll(async () => {
    receiver = await startFakeHttpsReceiver();
  });
  afterAll(() => receiver.close());

  it("does not exist without METRICS_TOKEN and refuses a missing or wrong token", async () => {
    expect((await scrape(`Bearer ${token}`, {})).status).toBe(404);
    for (const authorization of ["", "Bearer wrong-token-0123456789", `Basic ${token}`, token]) {
      const refused = await scrape(authorization);
      expect(refused.status, authorization).toBe(401);
      expect(await refused.text()).not.toContain("leaddesk_");
    }
  });

  it("counts webhook answers, leads by source and outcome, deliveries, and reads the outbox", async () => {
    const before = await (await scrape()).text();
    const destinationId = await createDestination("HTTPS", { url: `${receiver.url}/hook` });
    const body = marketplaceBody();
    await postLead(body);
    await postLead();
    const { key } = await newKey("metrics");
    expect((await post(key, body)).json.status).toBe("retry");
    expect((await post(key, "{not json")).status).toBe(400);
    // One delivery due ten minutes ago: the oldest-due gauge must report at least its age.
    const db = await getDb();
    const overdueSeconds = 600;
    const overdue = await db.delivery.findFirstOrThrow({ where: { destinationId, state: "PENDING" } });
    await db.delivery.update({
      where: { id: overdue.id },
      data: { nextAttemptAt: new Date(Date.now() - overdueSeconds * 1000) },
    });

    const queued = await scrape();
    expect(queued.status).toBe(200);
    expect(queued.headers.get("content-type")).toMatch(/^text\/plain; version=0\.0\.4/);
    const text = await queued.text();
    const delta = (name: string, labels: Record<string, string> = {}) =>
      sample(text, name, labels) - sample(before, name, labels);
    expect(delta("leaddesk_leads_received_total", { source: "AzureMarketplace", outcome: "created" })).toBe(2);
    expect(delta("leaddesk_leads_received_total", { source: "AzureMarketplace", outcome: "retry" })).toBe(1);
    expect(delta("leaddesk_leads_received_total", { source: "unknown", outcome: "malformed" })).toBe(1);
    expect(delta("leaddesk_webhook_responses_total", { status: "201" })).toBe(2);
    expect(delta("leaddesk_webhook_responses_total", { status: "400" })).toBe(1);
    expect(delta("leaddesk_webhook_duration_seconds_count", { status: "201" })).toBe(2);
    const pending = await db.delivery.count({ where: { state: "PENDING" } });
    expect(pending).toBeGreaterThanOrEqual(2);
    expect(sample(text, "leaddesk_outbox_pending")).toBe(pending);
    expect(text).toMatch(/^leaddesk_outbox_oldest_due_seconds \d/m);
    expect(sample(text, "leaddesk_outbox_oldest_due_seconds")).toBeGreaterThanOrEqual(overdueSeconds);
    expect(sample(text, "leaddesk_outbox_oldest_due_seconds")).toBeLessThan(overdueSeconds + 60);
    expect(sample(text, "leaddesk_dead_letters")).toBe(await db.delivery.count({ where: { state: "DEAD" } }));
    expect(text).toMatch(/^leaddesk_process_resident_memory_bytes \d+/m);

    await drain();
    const after = await (await scrape()).text();
    const sent = await db.delivery.count({ where: { destinationId, state: "DELIVERED" } });
    expect(sent).toBe(2);
    expect(
      sample(after, "leaddesk_deliveries_total", { kind: "HTTPS", outcome: "delivered" }) -
        sample(before, "leaddesk_deliveries_total", { kind: "HTTPS", outcome: "delivered" }),
    ).toBeGreaterThanOrEqual(2);
    expect(sample(after, "leaddesk_outbox_pending")).toBe(await db.delivery.count({ where: { state: "PENDING" } }));
  });
});
