-- Hand-written: the inbox filtered by campaign (a selective filter: ~0.5% of leads each) and
-- sorted by company keeps a keyset index range scan instead of sorting every campaign row.
CREATE INDEX "Lead_campaign_company_sort_idx" ON "Lead" ("campaign", (coalesce("company", '')), "id");
