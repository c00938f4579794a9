-- CreateEnum
CREATE TYPE "AssignmentMode" AS ENUM ('ROUND_ROBIN', 'ONE_USER', 'UNASSIGNED');

-- AlterTable
ALTER TABLE "leads" ADD COLUMN     "assignmentRuleId" UUID;

-- CreateTable
CREATE TABLE "assignment_rules" (
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "position" INTEGER NOT NULL DEFAULT 0,
    "isDefault" BOOLEAN NOT NULL DEFAULT false,
    "sources" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "actions" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "offers" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "countries" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "stages" "FunnelStage"[] DEFAULT ARRAY[]::"FunnelStage"[],
    "mode" "AssignmentMode" NOT NULL DEFAULT 'UNASSIGNED',
    "userId" UUID,
    "lastPosition" INTEGER NOT NULL DEFAULT -1,
    "turns" BIGINT NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "assignment_rules_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "assignment_rule_members" (
    "ruleId" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "position" INTEGER NOT NULL,

    CONSTRAINT "assignment_rule_members_pkey" PRIMARY KEY ("ruleId","userId")
);

-- AddForeignKey
ALTER TABLE "leads" ADD CONSTRAINT "leads_assignmentRuleId_fkey" FOREIGN KEY ("assignmentRuleId") REFERENCES "assignment_rules"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "assignment_rules" ADD CONSTRAINT "assignment_rules_userId_fkey" FOREIGN KEY ("userId") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "assignment_rule_members" ADD CONSTRAINT "assignment_rule_members_ruleId_fkey" FOREIGN KEY ("ruleId") REFERENCES "assignment_rules"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "assignment_rule_members" ADD CONSTRAINT "assignment_rule_members_userId_fkey" FOREIGN KEY ("userId") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- The default rule: matches every lead, always last. Its outcome is edited in
-- Settings → Assignment; it cannot be deleted or moved.
INSERT INTO "assignment_rules" (id, name, position, "isDefault", mode, "updatedAt")
VALUES (gen_random_uuid(), 'Default', 2147483647, true, 'UNASSIGNED', CURRENT_TIMESTAMP);

-- The first rule a lead matches: rules in position order, the default last.
-- A condition list that is empty matches any value; values compare
-- case-insensitively, and a lead missing the value fails a non-empty list.
CREATE FUNCTION leaddesk_match_rule(p_source text, p_action text, p_offer text, p_country text, p_stage text)
RETURNS uuid LANGUAGE sql STABLE
RETURN (
  SELECT r.id FROM assignment_rules r
  WHERE r."isDefault" OR (
    (cardinality(r.sources) = 0 OR lower(p_source) IN (SELECT lower(s) FROM unnest(r.sources) AS s))
    AND (cardinality(r.actions) = 0 OR lower(p_action) IN (SELECT lower(s) FROM unnest(r.actions) AS s))
    AND (cardinality(r.offers) = 0 OR lower(p_offer) IN (SELECT lower(s) FROM unnest(r.offers) AS s))
    AND (cardinality(r.countries) = 0 OR lower(p_country) IN (SELECT lower(s) FROM unnest(r.countries) AS s))
    AND (cardinality(r.stages) = 0 OR p_stage IN (SELECT s::text FROM unnest(r.stages) AS s)))
  ORDER BY r."isDefault", r.position, r.id
  LIMIT 1
);

-- leaddesk_store_leads() (migration store_leads_function) now also assigns each
-- new lead an owner in the same statement that stores it:
--   * test leads and retries are not assigned (a retry takes no turn);
--   * a duplicate goes to its original's owner while that owner is active;
--   * otherwise the first matching rule decides: one user (if active), the
--     next active member of a round-robin rotation, or nobody.
-- The rotation's pointer is the rule row's "lastPosition": the next lead goes
-- to the first active member after it, wrapping around (a member who left is
-- skipped without anyone getting two in a row). It is moved under the row's
-- lock, so concurrent batches on any number of app instances take turns one
-- after another and never skip or double one. Every round-robin rule the batch
-- may use is locked up front in id order (after the advisory locks), so two
-- batches never wait on each other's rules crosswise.
-- The answer gains the owner's e-mail (for the webhook's "owner"): the new
-- lead's, or for a retry the original lead's current owner.
DROP FUNCTION leaddesk_store_leads(jsonb);

CREATE FUNCTION leaddesk_store_leads(batch jsonb)
RETURNS TABLE (ordinal int, "retryOf" text, "retryDuplicateOf" text, "leadId" text, "duplicateOf" text, "ownerEmail" text)
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
        "sourceCreatedAt", extra, "customerKey", "duplicateOfId", "searchText", "updatedAt", "ownerId", "assignmentRuleId")
      SELECT (l->>'leadId')::uuid, v_received, (l->>'receiptId')::uuid, l->>'firstName', l->>'lastName', l->>'email',
        l->>'phone', l->>'country', l->>'company', l->>'title', l->>'leadSource', v_source, v_action,
        l->>'offerId', l->>'offerTitle', l->>'description', v_stage::"FunnelStage", v_is_test,
        v_dnc, leaddesk_utc_from_ms(l->>'sourceCreatedAt'), l->'extra', l->>'customerKey',
        v_original, l->>'searchText', v_now, v_owner, v_rule
      WHERE v_earlier IS NULL
      RETURNING id, "duplicateOfId"
    ), assigned AS (
      INSERT INTO lead_activities (id, "leadId", kind, "toValue", note, "createdAt")
      SELECT gen_random_uuid(), i.id, 'OWNER', u.email, v_note, v_now
      FROM inserted i JOIN users u ON u.id = v_owner
      RETURNING 1
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
      SELECT (CASE WHEN v_earlier IS NOT NULL THEN 'RETRY'
                   WHEN v_original IS NOT NULL THEN 'DUPLICATE' ELSE 'CREATED' END)::"ReceiptOutcome" AS outcome,
             CASE WHEN v_earlier IS NOT NULL OR v_original IS NOT NULL THEN 200 ELSE 201 END AS status
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
    SELECT n, v_earlier::text, v_earlier_dup::text, (SELECT id FROM inserted)::text, (SELECT "duplicateOfId" FROM inserted)::text,
      CASE WHEN v_earlier IS NOT NULL
        THEN (SELECT u.email FROM leads o JOIN users u ON u.id = o."ownerId" WHERE o.id = v_earlier)
        ELSE (SELECT u.email FROM users u WHERE u.id = v_owner) END;
  END LOOP;
END
$fn$;
