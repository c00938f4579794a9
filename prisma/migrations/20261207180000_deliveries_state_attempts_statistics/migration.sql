-- The planner takes a delivery's state and its attempts as independent, so it
-- expected many "failing" deliveries (pending after a failed attempt) where
-- the outbox holds many pending ones and many sent, each sent one after one
-- attempt or more: at a million leads, 40 failing, 105,668 queued and a
-- million sent, it expected 94,033 and read every lead to join them (235 ms),
-- where looking up the 40 takes 3 ms (docs/performance.md, twenty-ninth round).
-- Their combinations' frequencies (an MCV list) say that pending deliveries
-- have no attempt yet. Prisma's schema cannot describe statistics objects; its
-- diff leaves them alone.
CREATE STATISTICS "deliveries_state_attempts_stats" (mcv) ON "state", "attempts" FROM "deliveries";

ANALYZE "deliveries";
