-- leaddesk_store_leads(batch): ingestion's store step, one call per batch
-- (lib/ingest/store-lead.ts builds the batch; StoreInput there is the shape of
-- each element, and tests/unit/ingest/store-input.test.ts checks every key read
-- here with l->>'…' is in it).
--
-- This file is code, not history: `npm run db:migrate` and every start re-apply
-- it after the migrations whenever its content changed (lib/db/sql-functions.ts
-- keeps its hash in the function's comment). It must stay one CREATE OR REPLACE
-- FUNCTION statement; changing the returned columns needs a migration that
-- drops the function first. The migrations store_leads_function and
-- assignment_rules hold its earlier versions.
--
-- What it does, per batch: takes every lock the batch needs (advisory locks on
-- the body hash and the dedupe key, in hash order so two batches never wait on
-- each other crosswise; then the round-robin rules it may use, in id order),
-- then stores the leads in order, each seeing the ones before it. Per lead:
--   * a post of the same body within the retry window is a retry (no new lead);
--   * the same customer, offer and action within the duplicate window is a
--     duplicate of the earliest original;
--   * a new lead gets an owner: a duplicate its original's (active) owner,
--     otherwise the first matching assignment rule decides (one user, the next
--     active member of a round-robin rotation — "lastPosition" moved under the
--     rule row's lock — or nobody); test leads and retries are not assigned;
--   * one PENDING delivery per enabled destination whose filters match (empty
--     list = every value; test and do-not-contact leads need an opt-in);
--   * the receipt: inserted with its outcome for a new post, updated when a
--     stored one is reprocessed.
-- Data-modifying CTEs share one snapshot, and foreign keys are checked at the
-- end of the statement, so the lead may point at a receipt a sibling CTE
-- inserts. Instants arrive as epoch milliseconds (leaddesk_utc_from_ms).
-- The answer per lead: the retried lead, the new lead, its original, and the
-- owner's e-mail (for a retry, the original lead's current owner).
CREATE OR REPLACE FUNCTION leaddesk_store_leads(batch jsonb)
RETURNS TABLE (
  ordinal int, "retryOf" text, "retryDuplicateOf" text, "leadId" text, "duplicateOf" text, "ownerEmail" text
)
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
  v_earlier uuid;
  v_earlier_dup uuid;
  v_original uuid;
  v_rule uuid;
  v_rule_mode text;
  v_rule_name text;
  v_rule_user uuid;
  v_owner uuid;
  v_note text;
  v_position int;
BEGIN
  PERFORM count(pg_advisory_xact_lock(k)) FROM (
    SELECT DISTINCT hashtextextended(u.t, u.seed) AS k
    FROM jsonb_array_elements(batch) AS e(v),
         LATERAL (VALUES (e.v->>'bodyHash', 1), (e.v->>'dedupeKey', 2)) AS u(t, seed)
    ORDER BY 1
  ) AS keys;

  PERFORM 1 FROM assignment_rules r
  WHERE r.mode = 'ROUND_ROBIN' AND r.id IN (
    SELECT leaddesk_match_rule(e.v->>'source', e.v->>'action', e.v->>'offerId', e.v->>'country', e.v->>'stage')
    FROM jsonb_array_elements(batch) AS e(v) WHERE NOT (e.v->>'isTest')::boolean)
  ORDER BY r.id FOR UPDATE;

  FOR l, n IN SELECT e.v, e.i::int FROM jsonb_array_elements(batch) WITH ORDINALITY AS e(v, i) ORDER BY e.i LOOP
    v_now := leaddesk_utc_from_ms(l->>'now');
    v_received := leaddesk_utc_from_ms(l->>'receivedAt');
    v_source := l->>'source';
    v_action := l->>'action';
    v_stage := l->>'stage';
    v_is_test := (l->>'isTest')::boolean;
    v_dnc := (l->>'doNotContact')::boolean;
    v_rule := NULL; v_rule_name := NULL; v_owner := NULL; v_note := NULL;

    -- The locks above are held, so these lookups see every batch committed before.
    SELECT ld.id, ld."duplicateOfId" INTO v_earlier, v_earlier_dup
    FROM receipts r JOIN leads ld ON ld."receiptId" = r.id
    WHERE r."bodyHash" = l->>'bodyHash' AND r.id <> (l->>'receiptId')::uuid
      AND r."receivedAt" >= leaddesk_utc_from_ms(l->>'retrySince')
    ORDER BY r."receivedAt" LIMIT 1;

    SELECT id INTO v_original FROM leads
    WHERE l->>'customerKey' IS NOT NULL AND "customerKey" = l->>'customerKey'
      AND "offerId" IS NOT DISTINCT FROM l->>'offerId' AND action IS NOT DISTINCT FROM v_action
      AND "duplicateOfId" IS NULL AND "receivedAt" >= leaddesk_utc_from_ms(l->>'duplicateSince')
    ORDER BY "receivedAt" LIMIT 1;

    IF v_earlier IS NULL AND NOT v_is_test THEN
      SELECT r.id, r.mode::text, r.name, r."userId" INTO v_rule, v_rule_mode, v_rule_name, v_rule_user
      FROM assignment_rules r
      WHERE r.id = leaddesk_match_rule(v_source, v_action, l->>'offerId', l->>'country', v_stage);
      IF v_original IS NOT NULL THEN
        SELECT u.id INTO v_owner FROM leads o JOIN users u ON u.id = o."ownerId" AND u.active WHERE o.id = v_original;
        IF v_owner IS NOT NULL THEN v_note := 'assigned to the owner of the first lead (a repeat visit)'; END IF;
      END IF;
      IF v_note IS NULL AND v_rule_mode = 'ONE_USER' THEN
        SELECT u.id INTO v_owner FROM users u WHERE u.id = v_rule_user AND u.active;
      ELSIF v_note IS NULL AND v_rule_mode = 'ROUND_ROBIN' THEN
        SELECT m."userId", m.position INTO v_owner, v_position
        FROM assignment_rule_members m JOIN users u ON u.id = m."userId" AND u.active
        WHERE m."ruleId" = v_rule
        ORDER BY m.position <= (SELECT "lastPosition" FROM assignment_rules WHERE id = v_rule), m.position
        LIMIT 1;
        IF v_owner IS NOT NULL THEN
          UPDATE assignment_rules SET "lastPosition" = v_position, turns = turns + 1 WHERE id = v_rule;
        END IF;
      END IF;
      IF v_note IS NULL AND v_owner IS NOT NULL THEN v_note := 'assigned by rule ' || v_rule_name; END IF;
    END IF;

    RETURN QUERY
    WITH inserted AS (
      INSERT INTO leads (id, "receivedAt", "receiptId", "firstName", "lastName", email, phone, country, company, title,
        "leadSource", source, action, "offerId", "offerTitle", description, stage, "isTest", "doNotContact",
        "sourceCreatedAt", extra, "customerKey", "duplicateOfId", "searchText", "updatedAt", "ownerId",
        "assignmentRuleId")
      SELECT (l->>'leadId')::uuid, v_received, (l->>'receiptId')::uuid, l->>'firstName', l->>'lastName', l->>'email',
        l->>'phone', l->>'country', l->>'company', l->>'title', l->>'leadSource', v_source, v_action,
        l->>'offerId', l->>'offerTitle', l->>'description', v_stage::"FunnelStage", v_is_test,
        v_dnc, leaddesk_utc_from_ms(l->>'sourceCreatedAt'), l->'extra', l->>'customerKey',
        v_original, l->>'searchText', v_now, v_owner, v_rule
      WHERE v_earlier IS NULL
      RETURNING id, "duplicateOfId"
    ), assigned AS (
      INSERT INTO lead_activities (id, "leadId", kind, "toValue", note, "createdAt")
      SELECT leaddesk_time_ordered_id(), i.id, 'OWNER', u.email, v_note, v_now
      FROM inserted i JOIN users u ON u.id = v_owner
      RETURNING 1
    ), queued AS (
      -- Destination filters: an empty list means every value, and test and
      -- do-not-contact leads need the destination's explicit opt-in.
      INSERT INTO deliveries (id, "leadId", "destinationId", "nextAttemptAt", "createdAt", "updatedAt")
      SELECT leaddesk_time_ordered_id(), i.id, d.id, v_now, v_now, v_now
      FROM inserted i CROSS JOIN destinations d
      WHERE d.enabled
        AND (NOT v_is_test OR d."includeTest")
        AND (NOT v_dnc OR d."includeDoNotContact")
        AND (cardinality(d.sources) = 0 OR lower(v_source) IN (SELECT lower(s::text) FROM unnest(d.sources) AS s))
        AND (cardinality(d.actions) = 0 OR lower(v_action) IN (SELECT lower(s::text) FROM unnest(d.actions) AS s))
        AND (cardinality(d.stages) = 0 OR lower(v_stage) IN (SELECT lower(s::text) FROM unnest(d.stages) AS s))
      RETURNING 1
    ), decision AS (
      SELECT (CASE WHEN v_earlier IS NOT NULL THEN 'RETRY'
                   WHEN v_original IS NOT NULL THEN 'DUPLICATE' ELSE 'CREATED' END)::"ReceiptOutcome" AS outcome,
             CASE WHEN v_earlier IS NOT NULL OR v_original IS NOT NULL THEN 200 ELSE 201 END AS status
    ), receipt_inserted AS (
      INSERT INTO receipts (id, "receivedAt", "webhookKeyId", "clientAddress", "contentType", body, "bodySize",
        truncated, "bodyHash", outcome, "httpStatus", "processedAt")
      SELECT (l->>'receiptId')::uuid, v_received, (l->>'webhookKeyId')::uuid, l->>'clientAddress',
        l->>'contentType', decode(l->>'body', 'base64'), (l->>'bodySize')::int, (l->>'truncated')::boolean,
        l->>'bodyHash',
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
    SELECT n, v_earlier::text, v_earlier_dup::text, (SELECT id FROM inserted)::text,
      (SELECT "duplicateOfId" FROM inserted)::text,
      CASE WHEN v_earlier IS NOT NULL
        THEN (SELECT u.email FROM leads o JOIN users u ON u.id = o."ownerId" WHERE o.id = v_earlier)
        ELSE (SELECT u.email FROM users u WHERE u.id = v_owner) END;
  END LOOP;
END
$fn$;
