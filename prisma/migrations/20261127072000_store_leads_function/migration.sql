-- Ingestion's store step as one function call per batch (lib/ingest/store-lead.ts).
-- The app sends a batch of parsed leads as one JSON array, and this function
-- takes every lock the batch needs, then stores the leads in order, each seeing
-- the ones before it (a repeat inside the batch is a retry or a duplicate like
-- any other). Called as a single statement, it commits on its own: one round
-- trip and one commit per batch instead of BEGIN, locks, one statement per lead
-- and COMMIT, each a wait on a busy event loop.
--
-- Locks: identical bodies, and leads of the same customer, offer and action,
-- are serialised with transaction-scoped advisory locks, taken in hash order so
-- two batches never wait on each other crosswise. They are taken before any
-- lookup, and each later statement reads a fresh snapshot, so a concurrent
-- batch's commit is always seen.
--
-- Per lead, data-modifying CTEs share one snapshot: the retry and duplicate
-- lookups, the lead, its outbox rows and the receipt (inserted with its outcome
-- for a new post, updated when reprocessing a stored one) are decided and
-- written together. Foreign keys are checked at the end of the statement, so
-- the lead may point at a receipt inserted by a sibling CTE.
--
-- Instants arrive as epoch milliseconds and are stored as UTC, the way Prisma
-- stores DateTime (timestamp(3) without time zone).
CREATE FUNCTION leaddesk_utc_from_ms(ms text) RETURNS timestamp(3)
LANGUAGE sql IMMUTABLE PARALLEL SAFE
RETURN to_timestamp(ms::double precision / 1000) AT TIME ZONE 'UTC';

CREATE FUNCTION leaddesk_store_leads(batch jsonb)
RETURNS TABLE (ordinal int, "retryOf" text, "retryDuplicateOf" text, "leadId" text, "duplicateOf" text)
LANGUAGE plpgsql AS $fn$
#variable_conflict use_column
DECLARE
  l jsonb;
  n int;
  v_now timestamp(3);
  v_received timestamp(3);
  v_source text;
  v_action text;
  v_stage text;
  v_is_test boolean;
  v_dnc boolean;
BEGIN
  PERFORM count(pg_advisory_xact_lock(k)) FROM (
    SELECT DISTINCT hashtextextended(u.t, u.seed) AS k
    FROM jsonb_array_elements(batch) AS e(v),
         LATERAL (VALUES (e.v->>'bodyHash', 1), (e.v->>'dedupeKey', 2)) AS u(t, seed)
    ORDER BY 1
  ) AS keys;

  FOR l, n IN SELECT e.v, e.i::int FROM jsonb_array_elements(batch) WITH ORDINALITY AS e(v, i) ORDER BY e.i LOOP
    v_now := leaddesk_utc_from_ms(l->>'now');
    v_received := leaddesk_utc_from_ms(l->>'receivedAt');
    v_source := l->>'source';
    v_action := l->>'action';
    v_stage := l->>'stage';
    v_is_test := (l->>'isTest')::boolean;
    v_dnc := (l->>'doNotContact')::boolean;

    RETURN QUERY
    WITH earlier AS (
      SELECT ld.id, ld."duplicateOfId"
      FROM receipts r JOIN leads ld ON ld."receiptId" = r.id
      WHERE r."bodyHash" = l->>'bodyHash' AND r.id <> (l->>'receiptId')::uuid
        AND r."receivedAt" >= leaddesk_utc_from_ms(l->>'retrySince')
      ORDER BY r."receivedAt" LIMIT 1
    ), original AS (
      SELECT id FROM leads
      WHERE l->>'customerKey' IS NOT NULL AND "customerKey" = l->>'customerKey'
        AND "offerId" IS NOT DISTINCT FROM l->>'offerId' AND action IS NOT DISTINCT FROM v_action
        AND "duplicateOfId" IS NULL AND "receivedAt" >= leaddesk_utc_from_ms(l->>'duplicateSince')
      ORDER BY "receivedAt" LIMIT 1
    ), inserted AS (
      INSERT INTO leads (id, "receivedAt", "receiptId", "firstName", "lastName", email, phone, country, company, title,
        "leadSource", source, action, "offerId", "offerTitle", description, stage, "isTest", "doNotContact",
        "sourceCreatedAt", extra, "customerKey", "duplicateOfId", "searchText", "updatedAt")
      SELECT (l->>'leadId')::uuid, v_received, (l->>'receiptId')::uuid, l->>'firstName', l->>'lastName', l->>'email',
        l->>'phone', l->>'country', l->>'company', l->>'title', l->>'leadSource', v_source, v_action,
        l->>'offerId', l->>'offerTitle', l->>'description', v_stage::"FunnelStage", v_is_test,
        v_dnc, leaddesk_utc_from_ms(l->>'sourceCreatedAt'), l->'extra', l->>'customerKey',
        (SELECT id FROM original), l->>'searchText', v_now
      WHERE NOT EXISTS (SELECT 1 FROM earlier)
      RETURNING id, "duplicateOfId"
    ), queued AS (
      -- Destination filters: an empty list means every value, and test and
      -- do-not-contact leads need the destination's explicit opt-in.
      INSERT INTO deliveries (id, "leadId", "destinationId", "nextAttemptAt", "createdAt", "updatedAt")
      SELECT gen_random_uuid(), i.id, d.id, v_now, v_now, v_now
      FROM inserted i CROSS JOIN destinations d
      WHERE d.enabled
        AND (NOT v_is_test OR d."includeTest")
        AND (NOT v_dnc OR d."includeDoNotContact")
        AND (cardinality(d.sources) = 0 OR lower(v_source) IN (SELECT lower(s::text) FROM unnest(d.sources) AS s))
        AND (cardinality(d.actions) = 0 OR lower(v_action) IN (SELECT lower(s::text) FROM unnest(d.actions) AS s))
        AND (cardinality(d.stages) = 0 OR lower(v_stage) IN (SELECT lower(s::text) FROM unnest(d.stages) AS s))
      RETURNING 1
    ), decision AS (
      SELECT (CASE WHEN EXISTS (SELECT 1 FROM earlier) THEN 'RETRY'
                   WHEN EXISTS (SELECT 1 FROM original) THEN 'DUPLICATE' ELSE 'CREATED' END)::"ReceiptOutcome" AS outcome,
             CASE WHEN EXISTS (SELECT 1 FROM earlier) OR EXISTS (SELECT 1 FROM original) THEN 200 ELSE 201 END AS status
    ), receipt_inserted AS (
      INSERT INTO receipts (id, "receivedAt", "webhookKeyId", "clientAddress", "contentType", body, "bodySize", truncated, "bodyHash",
        outcome, "httpStatus", "processedAt")
      SELECT (l->>'receiptId')::uuid, v_received, (l->>'webhookKeyId')::uuid, l->>'clientAddress',
        l->>'contentType', decode(l->>'body', 'base64'), (l->>'bodySize')::int, (l->>'truncated')::boolean, l->>'bodyHash',
        dn.outcome, dn.status, v_now
      FROM decision dn
      WHERE (l->>'newReceipt')::boolean
      RETURNING 1
    ), receipt_updated AS (
      UPDATE receipts SET outcome = dn.outcome, "httpStatus" = dn.status, error = NULL, "processedAt" = v_now
      FROM decision dn
      WHERE id = (l->>'receiptId')::uuid AND NOT (l->>'newReceipt')::boolean
      RETURNING 1
    )
    SELECT n, (SELECT id FROM earlier)::text, (SELECT "duplicateOfId" FROM earlier)::text,
           (SELECT id FROM inserted)::text, (SELECT "duplicateOfId" FROM inserted)::text;
  END LOOP;
END
$fn$;
