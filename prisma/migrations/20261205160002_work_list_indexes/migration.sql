-- Work list (내 업무) at scale, found with EXPLAIN (ANALYZE, BUFFERS) on the bench data (scripts/bench/work.ts):
-- "tier-review decisions to make" bitmap-scanned every item of the open review (30,200 at 100k
-- deals: 37 ms for the capped count, 890 ms for the list, which sorted them all by deal name).
-- Undecided open items only, in the list's order (currentTier, id): the count and the first rows
-- are a short ordered range; decided items leave the index as the review proceeds.
CREATE INDEX "TierReviewItem_undecided_idx" ON "TierReviewItem"("reviewId", "currentTier", id) WHERE decision IS NULL AND outcome = 'OPEN';
