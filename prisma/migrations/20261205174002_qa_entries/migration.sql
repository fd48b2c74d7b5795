-- Issue 12 item 3: 질의응답 사전 — industry, stage, the answer to avoid, source; version for CAS edits.
ALTER TABLE "QaEntry" ADD COLUMN "industry" TEXT,
ADD COLUMN "stage" TEXT,
ADD COLUMN "avoidAnswer" TEXT,
ADD COLUMN "source" TEXT,
ADD COLUMN "updatedAt" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
ADD COLUMN "version" INTEGER NOT NULL DEFAULT 1;

-- Hand-written: /tools/qa and GET /api/v1/qa-entries?q search with ILIKE '%q%' (Korean and English
-- alike) through a trigram index on the same expression the query uses.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE INDEX "QaEntry_search_trgm_idx" ON "QaEntry" USING gin (("needType" || ' ' || "question" || ' ' || "answer") gin_trgm_ops);
