-- The owner in the search and facet index as COALESCE("ownerId", zero UUID):
-- GIN cannot search for NULL, so "Unassigned" (ownerId IS NULL) was no index
-- condition. Beside a term, the planner ANDed the term's GIN bitmap with a
-- btree bitmap of every unassigned lead (319,248 at a million leads, 23-38
-- ms, once for each facet branch of the facet counts' pass). As a key of its
-- own, unassigned is one more list the term's scan skips through: at ten
-- million leads a term, a status and unassigned went from 276-342 to 52-69 ms.
-- The zero UUID is never a user's id (ids are version 4). Only beside a
-- searched word does lib/leads/lead-filter-sql.ts write the owner filter as
-- this expression (two long lists inside GIN are slow; the owner and status
-- btree serves the rest). Prisma's schema cannot describe an expression, so
-- the index lives here only (schema.prisma says so).
-- DropIndex
DROP INDEX "leads_search_filters_idx";

-- CreateIndex
CREATE INDEX "leads_search_filters_idx" ON "leads" USING GIN ("searchText" gin_trgm_ops, "lastName" text_ops, "company" text_ops, "source" text_ops, "action" text_ops, "stage" enum_ops, "status" enum_ops, "offerId" text_ops, (COALESCE("ownerId", '00000000-0000-0000-0000-000000000000'::uuid)) uuid_ops);

-- Small pending list, as before (migration gin_pending_list_limit).
ALTER INDEX "leads_search_filters_idx" SET (gin_pending_list_limit = 512);
