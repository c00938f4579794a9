-- A lead's stage follows from its action (lib/ingest/funnel-stage.ts), its
-- do-not-contact flag from its stage, and each marketplace source sends its own
-- actions (AppSource INS, PLT and DNC; the Azure portal Create; test drives
-- StartTestDrive). Taking these columns as independent, the planner expected a
-- view of actions and stages no lead has (`action=Wishlist,PLT,INS&stage=TRIAL,
-- DO_NOT_CONTACT`, `action=Wishlist,INS&source=AzurePortal`) to match a tenth
-- of a million leads, and read every lead of one stage to find none: 330-460 ms
-- at a million leads, where the search index intersects both lists in
-- 1.5-42 ms (docs/performance.md, thirtieth round). The list of their
-- combinations' frequencies (MCV) holds every combination the marketplace
-- sends; Prisma's schema cannot describe statistics objects, and its diff
-- leaves them alone.
CREATE STATISTICS "leads_facet_stats" (mcv) ON "source", "action", "stage", "doNotContact" FROM "leads";

ANALYZE "leads";
