-- The name and company sorts' keys in the page sample, in the order of the
-- leads' own indexes of them: a text search sorted by name or company reads
-- the sampled keys from its first sampled match's group along these
-- (lib/leads/bounded-walk.ts) instead of sorting every sampled lead's key.
-- CreateIndex
CREATE INDEX "lead_sample_lastName_firstName_id_idx" ON "lead_sample"("lastName", "firstName", "id");

-- CreateIndex
CREATE INDEX "lead_sample_company_id_idx" ON "lead_sample"("company", "id");
