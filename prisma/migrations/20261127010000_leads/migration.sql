-- AlterTable
ALTER TABLE "ImportBatch" ADD COLUMN     "filePath" TEXT,
ADD COLUMN     "heartbeatAt" TIMESTAMPTZ(6);

-- CreateIndex
CREATE INDEX "ImportBatch_status_heartbeatAt_idx" ON "ImportBatch"("status", "heartbeatAt");

-- CreateIndex
CREATE INDEX "Lead_temperature_createdAt_id_idx" ON "Lead"("temperature", "createdAt" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "Lead_source_createdAt_id_idx" ON "Lead"("source", "createdAt" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "Lead_campaign_createdAt_id_idx" ON "Lead"("campaign", "createdAt" DESC, "id" DESC);



-- Hand-written: inbox search on email, company and name (ILIKE '%q%') through a trigram index.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE INDEX "Lead_search_trgm_idx" ON "Lead" USING gin ((coalesce("email", '') || ' ' || coalesce("company", '') || ' ' || coalesce("name", '')) gin_trgm_ops);

-- Hand-written: inbox sorted by company (keyset on the sort value and id; NULL sorts as '').
CREATE INDEX "Lead_company_sort_idx" ON "Lead" ((coalesce("company", '')), "id");
