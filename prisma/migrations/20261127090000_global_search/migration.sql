-- Global search (accounts, contacts, opportunities: ILIKE '%q%' through trigram indexes; leads and
-- lessons already have theirs) and the audit trail viewer (newest first, keyset on (at, id)).
CREATE EXTENSION IF NOT EXISTS pg_trgm;
-- CreateIndex
CREATE INDEX "Account_name_trgm_idx" ON "Account" USING GIN ("name" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "AuditLog_at_id_idx" ON "AuditLog"("at" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "Contact_search_trgm_idx" ON "Contact" USING GIN ("name" gin_trgm_ops, "email" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "Opportunity_name_trgm_idx" ON "Opportunity" USING GIN ("name" gin_trgm_ops);

