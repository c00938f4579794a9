-- "Sort by due time" orders leads of the same due time, and every lead without
-- a clock (last either way), newest first, as the stage and status sorts do: the
-- id alone put them in id order, which since time_ordered_ids is oldest first.
-- A page of recent leads sorted so walked the index past every older lead
-- without a clock: `range=30d&sort=due` at a million leads, none with a clock,
-- tested 919,210 index entries for its 50 (183 ms from disk). Newest first, the
-- window's leads come first among those without a clock; those with one are
-- walked from the window's start (a lead is never due before it arrived:
-- lib/leads/lead-rows-sql.ts). The arrival time moves from the index's INCLUDE
-- columns into its key; the other columns stay (sort_indexes_cover_filters).
-- DropIndex
DROP INDEX "leads_dueAt_id_idx";

-- CreateIndex
CREATE INDEX "leads_dueAt_receivedAt_id_idx" ON "leads"("dueAt", "receivedAt" DESC, "id" DESC)
  INCLUDE ("isTest", "duplicateOfId", "doNotContact", "source", "action", "stage", "offerId", "status", "ownerId",
    "dueSoonAt", "firstResponseAt", "responseMet", "searchText");
