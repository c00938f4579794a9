// The single statement that stores a parsed lead (see store-lead.ts for the
// transaction around it). Data-modifying CTEs share one snapshot, so the retry
// and duplicate lookups, the lead, its outbox rows and the receipt — inserted
// with its outcome for a new post, updated when reprocessing a stored one —
// are decided and written together in one round trip. Foreign keys are checked
// at the end of the statement, so the lead may point at a receipt inserted by
// a sibling CTE.
import { utcFromMs } from "@/lib/db/sql-time";

/** Parameter positions, named so the statement and its caller agree. */
export const p = {
  receiptId: 1, bodyHash: 2, retrySince: 3, duplicateSince: 4, customerKey: 5, offerId: 6, action: 7,
  leadId: 8, receivedAt: 9, firstName: 10, lastName: 11, email: 12, phone: 13, country: 14, company: 15,
  title: 16, leadSource: 17, source: 18, offerTitle: 19, description: 20, stage: 21, isTest: 22,
  doNotContact: 23, sourceCreatedAt: 24, extra: 25, searchText: 26, now: 27,
  newReceipt: 28, webhookKeyId: 29, clientAddress: 30, contentType: 31, body: 32, bodySize: 33, truncated: 34,
} as const;

/** Prepared-statement name: planned once per connection on PostgreSQL. */
export const storeLeadStatement = "leaddesk_store_lead_v1";

const $ = (name: keyof typeof p) => `$${p[name]}`;

// Destination filters: an empty list means every value; test and
// do-not-contact leads need the destination's explicit opt-in.
const inList = (column: string, value: string) =>
  `(cardinality(d.${column}) = 0 OR lower(${value}::text) IN (SELECT lower(v::text) FROM unnest(d.${column}) AS v))`;

export const storeLeadSql = `
WITH earlier AS (
  SELECT l.id, l."duplicateOfId"
  FROM receipts r JOIN leads l ON l."receiptId" = r.id
  WHERE r."bodyHash" = ${$("bodyHash")}::text AND r.id <> ${$("receiptId")}::uuid AND r."receivedAt" >= ${utcFromMs($("retrySince"))}
  ORDER BY r."receivedAt" LIMIT 1
), original AS (
  SELECT id FROM leads
  WHERE ${$("customerKey")}::text IS NOT NULL AND "customerKey" = ${$("customerKey")}
    AND "offerId" IS NOT DISTINCT FROM ${$("offerId")}::text AND action IS NOT DISTINCT FROM ${$("action")}::text
    AND "duplicateOfId" IS NULL AND "receivedAt" >= ${utcFromMs($("duplicateSince"))}
  ORDER BY "receivedAt" LIMIT 1
), inserted AS (
  INSERT INTO leads (id, "receivedAt", "receiptId", "firstName", "lastName", email, phone, country, company, title,
    "leadSource", source, action, "offerId", "offerTitle", description, stage, "isTest", "doNotContact",
    "sourceCreatedAt", extra, "customerKey", "duplicateOfId", "searchText", "updatedAt")
  SELECT ${$("leadId")}::uuid, ${utcFromMs($("receivedAt"))}, ${$("receiptId")}::uuid, ${$("firstName")}, ${$("lastName")}, ${$("email")},
    ${$("phone")}, ${$("country")}, ${$("company")}, ${$("title")}, ${$("leadSource")}, ${$("source")}, ${$("action")}::text,
    ${$("offerId")}::text, ${$("offerTitle")}, ${$("description")}, ${$("stage")}::"FunnelStage", ${$("isTest")}::boolean,
    ${$("doNotContact")}::boolean, ${utcFromMs($("sourceCreatedAt"))}, ${$("extra")}::jsonb, ${$("customerKey")}::text,
    (SELECT id FROM original), ${$("searchText")}, ${utcFromMs($("now"))}
  WHERE NOT EXISTS (SELECT 1 FROM earlier)
  RETURNING id, "duplicateOfId"
), queued AS (
  INSERT INTO deliveries (id, "leadId", "destinationId", "nextAttemptAt", "createdAt", "updatedAt")
  SELECT gen_random_uuid(), i.id, d.id, ${utcFromMs($("now"))}, ${utcFromMs($("now"))}, ${utcFromMs($("now"))}
  FROM inserted i CROSS JOIN destinations d
  WHERE d.enabled
    AND (NOT ${$("isTest")}::boolean OR d."includeTest")
    AND (NOT ${$("doNotContact")}::boolean OR d."includeDoNotContact")
    AND ${inList("sources", $("source"))}
    AND ${inList("actions", $("action"))}
    AND ${inList("stages", $("stage"))}
  RETURNING 1
), decision AS (
  SELECT (CASE WHEN EXISTS (SELECT 1 FROM earlier) THEN 'RETRY'
               WHEN EXISTS (SELECT 1 FROM original) THEN 'DUPLICATE' ELSE 'CREATED' END)::"ReceiptOutcome" AS outcome,
         CASE WHEN EXISTS (SELECT 1 FROM earlier) OR EXISTS (SELECT 1 FROM original) THEN 200 ELSE 201 END AS "httpStatus"
), receipt_inserted AS (
  INSERT INTO receipts (id, "receivedAt", "webhookKeyId", "clientAddress", "contentType", body, "bodySize", truncated, "bodyHash",
    outcome, "httpStatus", "processedAt")
  SELECT ${$("receiptId")}::uuid, ${utcFromMs($("receivedAt"))}, ${$("webhookKeyId")}::uuid, ${$("clientAddress")}::text,
    ${$("contentType")}::text, ${$("body")}::bytea, ${$("bodySize")}::int, ${$("truncated")}::boolean, ${$("bodyHash")}::text,
    d.outcome, d."httpStatus", ${utcFromMs($("now"))}
  FROM decision d
  WHERE ${$("newReceipt")}::boolean
  RETURNING 1
), receipt_updated AS (
  UPDATE receipts SET outcome = d.outcome, "httpStatus" = d."httpStatus", error = NULL, "processedAt" = ${utcFromMs($("now"))}
  FROM decision d
  WHERE id = ${$("receiptId")}::uuid AND NOT ${$("newReceipt")}::boolean
  RETURNING 1
)
SELECT (SELECT id FROM earlier)::text AS "retryOf", (SELECT "duplicateOfId" FROM earlier)::text AS "retryDuplicateOf",
       (SELECT id FROM inserted)::text AS "leadId", (SELECT "duplicateOfId" FROM inserted)::text AS "duplicateOf",
       (SELECT count(*) FROM queued)::int AS queued,
       (SELECT count(*) FROM receipt_inserted)::int + (SELECT count(*) FROM receipt_updated)::int AS receipts`;
