-- A fixed-size page sample of the leads, kept as a table of its own
-- (lib/leads/table-sample.ts). Each cold list view read TABLESAMPLE SYSTEM of
-- "leads" two or three times (its estimate, its facet counts' sample pass, a
-- sort's groups or keys): ~1,800 wide pages each time at a million leads, 13-20
-- ms a statement on a quiet server, 20-90 ms beside other views; the same
-- statements on a 30,000-row copy took 3-7 ms. The copy is taken again when it
-- is two minutes old, in the background. Unlogged: it is derived from "leads" and its refreshes
-- need no WAL. Its state is unlogged too, so a crash empties both and the
-- next view takes the sample again; meanwhile an empty sample estimates no
-- matches, which sends a view down its exact path (slower, never wrong).
-- Prisma's schema cannot say "unlogged", and its diff does not compare it.
-- CreateTable
CREATE UNLOGGED TABLE "lead_sample" (
    "id" UUID NOT NULL,
    "page" INTEGER NOT NULL,
    "receivedAt" TIMESTAMP(3) NOT NULL,
    "firstName" TEXT,
    "lastName" TEXT,
    "company" TEXT,
    "source" TEXT,
    "action" TEXT,
    "offerId" TEXT,
    "offerTitle" TEXT,
    "stage" "FunnelStage" NOT NULL,
    "isTest" BOOLEAN NOT NULL,
    "doNotContact" BOOLEAN NOT NULL,
    "duplicateOfId" UUID,
    "status" "LeadStatus" NOT NULL,
    "ownerId" UUID,
    "searchText" TEXT NOT NULL,
    "dueAt" TIMESTAMP(3),
    "dueSoonAt" TIMESTAMP(3),
    "firstResponseAt" TIMESTAMP(3),
    "responseMet" BOOLEAN,

    CONSTRAINT "lead_sample_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE UNLOGGED TABLE "lead_sample_state" (
    "id" INTEGER NOT NULL DEFAULT 1,
    "percent" DOUBLE PRECISION NOT NULL,
    "takenAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "lead_sample_state_pkey" PRIMARY KEY ("id")
);
