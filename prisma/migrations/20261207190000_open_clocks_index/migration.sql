-- The open response clocks: leads with a due time that nobody has answered
-- yet. "Overdue" and "due soon" (sla=overdue, sla=due-soon), the daily
-- digest's count and the alert sweep's walks read these only. Their
-- conditions were a range of every clock's due time, so in a team that
-- answers its leads they read every answered clock: at a million leads with a
-- clock each, 0.5% unanswered, each statement of an overdue page read the
-- whole table (80-110 ms in a narrow table; the bench's rows are five times as
-- wide; docs/performance.md, twenty-ninth round). Keyed in the due sort's
-- order, so the digest's link (sorted by due time) may walk it. A lead leaves
-- it when its clock stops; a lead without a clock never enters it. Both
-- conditions are implied by each filter's own (a due time before or after an
-- instant is not NULL), so the planner matches it.
-- CreateIndex
CREATE INDEX "leads_open_clocks_idx" ON "leads"("dueAt", "receivedAt" DESC, "id" DESC)
  WHERE "firstResponseAt" IS NULL AND "dueAt" IS NOT NULL;
