-- Two filters of the lead list that no index answered, so a view with either
-- read the whole table (at a million leads, 250-480 ms for each of its
-- statements; docs/performance.md, twenty-ninth round). Both indexes hold only
-- the few rows the filter asks for, so a lead stored without a response clock,
-- or a delivery sent on its first try, adds no entry.
--
-- "Response met" and "response missed" (sla=met, sla=missed): the leads whose
-- clock has stopped, by arrival, so a page of either, newest first, is a walk
-- of this index. lib/leads/lead-filter-sql.ts names its predicate beside the
-- condition: PostgreSQL proves it from "responseMet" but not from
-- NOT "responseMet".
-- CreateIndex
CREATE INDEX "leads_responseMet_receivedAt_idx" ON "leads"("responseMet", "receivedAt" DESC)
  WHERE "responseMet" IS NOT NULL;

-- "Failing deliveries" (delivery=failing, and the overview's count): the
-- leads with a delivery that is dead or pending after a failed attempt, the
-- condition of failingDeliverySql, written the same way so the planner matches
-- it. Without it both read every pending delivery from the state index to
-- test its attempts: a queue that grows while a destination is slow or the
-- worker stopped (105,668 queued at a million leads: 12-25 ms for the count
-- against 0.1 ms).
-- CreateIndex
CREATE INDEX "deliveries_failing_leadId_idx" ON "deliveries"("leadId")
  WHERE "state" = 'DEAD' OR ("state" = 'PENDING' AND "attempts" > 0);
