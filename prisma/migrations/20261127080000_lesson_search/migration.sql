-- CreateIndex
CREATE INDEX "Lesson_createdAt_id_idx" ON "Lesson"("createdAt" DESC, "id" DESC);

-- Hand-written: lessons library / GET /api/v1/lessons?q search title + body with ILIKE '%q%'
-- (Korean and English alike) through a trigram index on the same expression the query uses.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE INDEX "Lesson_search_trgm_idx" ON "Lesson" USING gin (("title" || ' ' || "body") gin_trgm_ops);
