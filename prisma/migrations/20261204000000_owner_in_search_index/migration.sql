-- The owner in the search and facet index as COALESCE("ownerId", zero UUID):
-- GIN cannot search for NULL, so "Unassigned" (ownerId IS NULL) was no index
-- condition. With a term or other facets, the planner ANDed their GIN bitmap
-- with a btree bitmap of every unassigned lead (319,248 at a million leads,
-- 23-38 ms, once for each facet branch of the facet counts' pass). As a key of
-- its own, unassigned is one more short-circuiting list inside the same scan:
-- a term, two facets and unassigned went from 63-107 to 33-41 ms, and that
-- view's facet counts from 217-223 to 89-152 ms. The zero UUID is never a
-- user's id (ids are version 4). lib/leads/lead-filter-sql.ts writes every
-- owner filter as this expression; Prisma's schema cannot describe it, so the
-- index lives here only (schema.prisma says so).
-- DropIndex
DROP INDEX "leads_search_filters_idx";

-- CreateIndex
CREATE INDEX "leads_search_filters_idx" ON "leads" USING GIN ("searchText" gin_trgm_ops, "lastName" text_ops, "company" text_ops, "source" text_ops, "action" text_ops, "stage" enum_ops, "status" enum_ops, "offerId" text_ops, (COALESCE("ownerId", '00000000-0000-0000-0000-000000000000'::uuid)) uuid_ops);

-- Small pending list, as before (migration gin_pending_list_limit).
ALTER INDEX "leads_search_filters_idx" SET (gin_pending_list_limit = 512);
