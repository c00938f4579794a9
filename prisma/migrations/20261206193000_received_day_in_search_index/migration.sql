-- The day a lead arrived ("receivedAt"::date) as one more key of the search
-- and facet index. A word with a date window (a week, a month) was looked up
-- by its trigrams for all time and each match's table page read to test the
-- window: `emma.patel` in the last 30 days at ten million leads read 20,002
-- pages for 1,665 matches (453 ms from disk; 2.2-12 s beside the page's own
-- statement). With the day as a key the index intersects the word's lists with
-- the window's days, and only the window's matches are read: 64 ms. A month's
-- days cost the scan ~13 ms at ten million leads, so only a window starting at
-- most a month ago uses them (lib/leads/lead-filter-sql.ts). The cast of a
-- timestamp without time zone to a date is immutable; receivedAt is UTC.
-- DropIndex
DROP INDEX "leads_search_filters_idx";

-- CreateIndex
CREATE INDEX "leads_search_filters_idx" ON "leads" USING GIN ("searchText" gin_trgm_ops, "lastName" text_ops, "company" text_ops, "source" text_ops, "action" text_ops, "stage" enum_ops, "status" enum_ops, "offerId" text_ops, (COALESCE("ownerId", '00000000-0000-0000-0000-000000000000'::uuid)) uuid_ops, ("receivedAt"::date) date_ops);

-- Small pending list, as before (migration gin_pending_list_limit).
ALTER INDEX "leads_search_filters_idx" SET (gin_pending_list_limit = 512);
