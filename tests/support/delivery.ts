// Shared steps of the delivery tests: destinations saved through the real
// settings path (sealed secrets), leads posted through the real webhook, and
// a worker run until the queue is empty.
import { randomBytes } from "node:crypto";
import { expect } from "vitest";
import { getDb } from "@/lib/db";
import { createDeliveryWorker, type WorkerOptions } from "@/lib/delivery/delivery-worker";
import type { DestinationInput } from "@/lib/destinations/save-destination";
import { saveDestination } from "@/lib/destinations/save-destination";
import type { DestinationKind } from "@/lib/destinations/types";
import { newKey, post } from "./webhook";
import { outcome } from "./outcome";

// A key of the test's own, so nothing is written into ./data.
process.env.ENCRYPTION_KEY ||= randomBytes(32).toString("base64");

export async function createDestination(
  kind: DestinationKind,
  config: Record<string, unknown>,
  extra: Partial<DestinationInput> = {},
) {
  const result = await outcome(
    saveDestination({
      kind,
      name: `${kind} ${Date.now()}`,
      enabled: true,
      sources: [],
      actions: [],
      stages: [],
      includeTest: false,
      includeDoNotContact: false,
      config,
      ...extra,
    }),
  );
  if (!result.ok) throw new Error(`Destination not saved: ${result.message} ${JSON.stringify(result.fieldErrors)}`);
  return result.id;
}

let n = 0;
/** A marketplace-shaped body with a unique customer. */
export function marketplaceBody(overrides: Record<string, unknown> = {}) {
  n += 1;
  const stamp = `${Date.now()}-${n}`;
  return {
    UserDetails: {
      FirstName: "Zoë",
      LastName: `Müller-${stamp}`,
      Email: `zoe.${stamp}@contoso.com`,
      Phone: "16175555555",
      Country: "USA",
      Company: "Contoso",
      Title: "CTO",
    },
    LeadSource: "AzureMarketplace-INS|contoso.sample-offer",
    ActionCode: "INS",
    OfferTitle: "Contoso Sample Offer",
    Description: "Campaigns: spring-launch",
    ...overrides,
  };
}

let key: string | undefined;
/** Posts through the real webhook handler; returns the new lead's id. */
export async function postLead(body: object = marketplaceBody()): Promise<string> {
  key ??= (await newKey("delivery tests")).key;
  const response = await post(key, body);
  expect(response.status).toBe(201);
  return String(response.json.id);
}

/** Runs claim-and-send rounds until nothing is due; returns how many deliveries were taken. */
export async function drain(options: Partial<WorkerOptions> = {}): Promise<number> {
  const worker = createDeliveryWorker({ timeoutMs: 3000, ...options });
  let total = 0;
  for (let taken = -1; taken !== 0;) total += taken = await worker.runOnce();
  return total;
}

export async function deliveryOf(leadId: string, destinationId: string) {
  const db = await getDb();
  return db.delivery.findUniqueOrThrow({
    where: { leadId_destinationId: { leadId, destinationId } },
    include: { attemptLog: { orderBy: { startedAt: "asc" } } },
  });
}

/** As if the wait had passed: the delivery is due now. */
export async function makeDue(id: string) {
  const db = await getDb();
  await db.delivery.update({ where: { id }, data: { nextAttemptAt: new Date(Date.now() - 1000) } });
}
