-- Work list (내 업무) at scale, found with EXPLAIN (ANALYZE, BUFFERS) on the bench data (scripts/bench/work.ts,
-- a manager of 20 reps at 100k deals): "next step overdue" and "bid deadline this week" read each
-- owner's range with a bitmap scan and sorted it (1,633 heap blocks for 20 rows), or walked the whole
-- firm's bid deadlines of the week filtering by owner, 21 times (567 buffers; ×10 at 1M deals).
-- The list now takes the 20 most urgent keys of the team index-only, per owner an ordered range
-- stopped at 20, and reads only those 20 deals (lib/db/queries/work.ts perOwnerKeys): the key ends
-- in the deal's id (the tie-break and the row to read), so the same partial indexes, one column longer.
DROP INDEX "Opportunity_open_owner_next_idx";
DROP INDEX "Opportunity_open_owner_bid_idx";
CREATE INDEX "Opportunity_open_owner_next_id_idx" ON "Opportunity"("ownerId", "nextStepDueDate", id) WHERE outcome = 'OPEN' AND "nextStepDueDate" IS NOT NULL;
CREATE INDEX "Opportunity_open_owner_bid_id_idx" ON "Opportunity"("ownerId", "bidDeadline", id) WHERE outcome = 'OPEN' AND "bidDeadline" IS NOT NULL;
