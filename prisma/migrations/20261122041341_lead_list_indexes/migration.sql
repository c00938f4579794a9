-- Indexes for the sales lead list (lib/leads/list-leads.ts): every common filter
-- (status, owner, stage, source, offer) leads an index ending in "receivedAt" DESC, so
-- "filtered, newest first, LIMIT 50" walks one index range, name/company sorts walk
-- their own index, duplicateOfId serves the collapsed view's duplicate counts.

-- CreateIndex
CREATE INDEX "leads_status_receivedAt_idx" ON "leads"("status", "receivedAt" DESC);

-- CreateIndex
CREATE INDEX "leads_ownerId_receivedAt_idx" ON "leads"("ownerId", "receivedAt" DESC);

-- CreateIndex
CREATE INDEX "leads_stage_receivedAt_idx" ON "leads"("stage", "receivedAt" DESC);

-- CreateIndex
CREATE INDEX "leads_source_receivedAt_idx" ON "leads"("source", "receivedAt" DESC);

-- CreateIndex
CREATE INDEX "leads_offerId_receivedAt_idx" ON "leads"("offerId", "receivedAt" DESC);

-- CreateIndex
CREATE INDEX "leads_lastName_firstName_id_idx" ON "leads"("lastName", "firstName", "id");

-- CreateIndex
CREATE INDEX "leads_company_id_idx" ON "leads"("company", "id");

-- CreateIndex
CREATE INDEX "leads_duplicateOfId_idx" ON "leads"("duplicateOfId");
