// The single statement that stores a parsed lead (see store-lead.ts for the
// transaction around it). Data-modifying CTEs share one snapshot, so the retry
// and duplicate lookups, the lead, its outbox rows and the receipt's outcome
// are decided and written together in one round trip.
import { utcFromMs } from "@/lib/db/sql-time";

/** Parameter positions, named so the statement and its caller agree. */
export const p = {
  receiptId: 1, bodyHash: 2, retrySince: 3, duplicateSince: 4, customerKey: 5, offerId: 6, action: 7,
  leadId: 8, receivedAt: 9, firstName: 10, lastName: 11, email: 12, phone: 13, country: 14, company: 15,
  title: 16, leadSource: 17, source: 18, offerTitle: 19, description: 20, stage: 21, isTest: 22,
  doNotContact: 23, sourceCreatedAt: 24, extra: 25, searchText: 26, now: 27,
} as const;

const $ = (name: keyof typeof p) => `$${p[name]}`;

// Destination filters: an empty list means every value; test and
// do-not-contact leads need the destination's explicit opt-in.
const inList = (column: string, value: string) =>
  `(cardinality(d.${column}) = 0 OR lower(${value}::text) IN (SELECT lower(v::text) FROM unnest(d.${column}) AS v))`;

export const storeLeadSql = `
WITH earlier AS (
  SELECT l.id, l."duplicateOfId"
  FROM receipts r JOIN leads l ON l."receiptId" = r.id
  WHERE r."bodyHash" = ${$("bodyHash")} AND r.id <> ${$("receiptId")} AND r."receivedAt" >= ${utcFromMs($("retrySince"))}
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
  SELECT ${$("leadId")}::uuid, ${utcFromMs($("receivedAt"))}, ${$("receiptId")}, ${$("firstName")}, ${$("lastName")}, ${$("email")},
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
), outcome AS (
  UPDATE receipts SET
    outcome = (CASE WHEN EXISTS (SELECT 1 FROM earlier) THEN 'RETRY'
                    WHEN EXISTS (SELECT 1 FROM original) THEN 'DUPLICATE' ELSE 'CREATED' END)::"ReceiptOutcome",
    "httpStatus" = CASE WHEN EXISTS (SELECT 1 FROM earlier) OR EXISTS (SELECT 1 FROM original) THEN 200 ELSE 201 END,
    error = NULL,
    "processedAt" = ${utcFromMs($("now"))}
  WHERE id = ${$("receiptId")}
  RETURNING 1
)
SELECT (SELECT id FROM earlier)::text AS "retryOf", (SELECT "duplicateOfId" FROM earlier)::text AS "retryDuplicateOf",
       (SELECT id FROM inserted)::text AS "leadId", (SELECT "duplicateOfId" FROM inserted)::text AS "duplicateOf",
       (SELECT count(*) FROM queued)::int AS queued, (SELECT count(*) FROM outcome)::int AS receipts`;
