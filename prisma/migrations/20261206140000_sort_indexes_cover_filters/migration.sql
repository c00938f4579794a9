-- The name, company and due-time sorts' indexes carry every column the lead
-- list's filter reads, the searched text included (lib/leads/lead-filter-sql.ts),
-- beside their keys (INCLUDE: kept in the index, not sorted by). A page sorted
-- so walks its index and tests the filter on each entry; the index is in no
-- order of the table, so each entry tested was one table page read, from disk
-- once the table is out of memory: 18,736 pages and 1.4 s for one page of
-- `offer&owner&stage&status&sort=name` at ten million leads, 2.5 s for
-- `action&owner&q=fabrikam&sort=due`. Tested on the index's own entries (an
-- index-only scan, lib/leads/lead-rows-sql.ts), 362 index pages and 34 ms; a
-- searched word sorted by company, 19,686 matches read from the table in
-- 421 ms, walked in 13 ms. Each index grows to about 2.4 GB at ten million
-- leads (docs/performance.md, twentieth round). Prisma's schema cannot
-- describe INCLUDE (schema.prisma says so).
-- DropIndex
DROP INDEX "leads_lastName_firstName_id_idx";
DROP INDEX "leads_company_id_idx";
DROP INDEX "leads_dueAt_id_idx";

-- CreateIndex
CREATE INDEX "leads_lastName_firstName_id_idx" ON "leads"("lastName", "firstName", "id")
  INCLUDE ("isTest", "duplicateOfId", "doNotContact", "source", "action", "stage", "offerId", "status", "ownerId",
    "receivedAt", "dueAt", "dueSoonAt", "firstResponseAt", "responseMet", "searchText");
CREATE INDEX "leads_company_id_idx" ON "leads"("company", "id")
  INCLUDE ("isTest", "duplicateOfId", "doNotContact", "source", "action", "stage", "offerId", "status", "ownerId",
    "receivedAt", "dueAt", "dueSoonAt", "firstResponseAt", "responseMet", "searchText");
CREATE INDEX "leads_dueAt_id_idx" ON "leads"("dueAt", "id")
  INCLUDE ("isTest", "duplicateOfId", "doNotContact", "source", "action", "stage", "offerId", "status", "ownerId",
    "receivedAt", "dueSoonAt", "firstResponseAt", "responseMet", "searchText");
