// Seeds leads for the lead-list tests through the real webhook handler, each
// with a caller-chosen offer so a test can scope every query to its own rows.
import { randomUUID } from "node:crypto";
import { getDb } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session";
import { parseLeadListParams, type LeadListParams } from "@/lib/leads/list-params";
import { newKey, post } from "./webhook";

export interface LeadSpec {
  first?: string;
  last?: string;
  email?: string;
  company?: string;
  title?: string;
  country?: string;
  /** Marketplace source code as sent: AzureMarketplace, AzurePortal, TestDrive, SPZA. */
  source?: string;
  action?: string;
  offer: string;
  offerTitle?: string;
  test?: boolean;
  receivedAt?: Date;
}

let keyPromise: Promise<string> | undefined;

export async function seedLead(spec: LeadSpec): Promise<string> {
  keyPromise ??= newKey("leads tests").then((k) => k.key);
  const action = spec.action ?? "INS";
  const unique = randomUUID().slice(0, 8);
  const body = {
    UserDetails: {
      FirstName: spec.first ?? "Test",
      LastName: spec.last ?? `Person ${unique}`,
      Email: spec.email ?? `p-${unique}@example.com`,
      Company: spec.company ?? "Contoso",
      Title: spec.title ?? "Buyer",
      Country: spec.country ?? "US",
    },
    LeadSource: `${spec.source ?? "AzureMarketplace"}-${action}|${spec.offer}`,
    ActionCode: action,
    OfferTitle: spec.offerTitle ?? `Offer ${spec.offer}`,
    ...(spec.test ? { Description: "MSFT_TEST_636573304831318844" } : {}),
  };
  const res = await post(await keyPromise, body);
  if (res.status >= 300) throw new Error(`Seeding failed: ${res.status} ${JSON.stringify(res.json)}`);
  const id = String(res.json.id);
  if (spec.receivedAt) {
    const db = await getDb();
    await db.lead.update({ where: { id }, data: { receivedAt: spec.receivedAt } });
  }
  return id;
}

export async function seedUser(role: "ADMIN" | "SALES" = "SALES"): Promise<SessionUser> {
  const db = await getDb();
  const email = `u-${randomUUID().slice(0, 8)}@example.com`;
  const user = await db.user.create({ data: { email, name: `User ${email}`, role } });
  return {
    id: user.id,
    email,
    name: user.name,
    role,
    mustChangePassword: false,
    listDensity: "compact" as const,
    timeZone: null,
    locale: null,
  };
}

export function uniqueOffer(): string {
  return `pub.offer-${randomUUID().slice(0, 8)}`;
}

/** List params from a query string, like the page gets them. */
export function params(query: string): LeadListParams {
  return parseLeadListParams(new URLSearchParams(query));
}

/** A stream's text (an export), chunk by chunk, decoded as one: a character split across chunks stays whole. */
export async function readAll(stream: ReadableStream<Uint8Array>): Promise<string[]> {
  const chunks: string[] = [];
  const decoder = new TextDecoder();
  for await (const chunk of stream as unknown as AsyncIterable<Uint8Array>)
    chunks.push(decoder.decode(chunk, { stream: true }));
  return chunks;
}
