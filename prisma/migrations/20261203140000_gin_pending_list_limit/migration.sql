-- A GIN index keeps new entries in a pending list until the list fills (4 MB by
-- default), and every scan of the index reads that list whole; the planner
-- counts it too, and with a full list it chose other plans. After 19,000 leads
-- ingested at a million, the facet index's list held 409 pages: a view of two
-- facets no lead has together read 57,000 heap pages through a btree instead
-- (0.24 s), and cold filters right after ingestion measured p95 182-274 ms,
-- max 415-523 ms. Capped at 512 kB, the lists stay under 64 pages; ingestion's
-- throughput was unchanged (99% of the bare insert route, p99 1.06x) and cold
-- filters right after it measured p95 116 ms, max 183 ms (docs/performance.md).
ALTER INDEX "leads_searchText_idx" SET (gin_pending_list_limit = 512);
ALTER INDEX "leads_facet_filters_idx" SET (gin_pending_list_limit = 512);
