-- A competitor's record against us (lib/db/queries/competitors.ts competitorRecordRows) at 1M
-- opportunities: the ~12,600 deals the most-faced competitor met were joined to "Opportunity" by
-- a hash join over a sequential scan of all 1M rows (EXPLAIN (ANALYZE, BUFFERS) on the tools bench,
-- scripts/bench/tools.ts: 29,638 buffers, 1.86 s; bench p50 888 ms, p95 1,465 ms against the
-- target of 100 ms). The closed deals' columns the record reads, keyed by id, let each faced deal be
-- read index-only (a nested loop of 12,611 probes, no heap: 38,361 buffers all hit, 95 ms under a
-- load of 18 on 2 cores). Partial: open deals never count.
CREATE INDEX "Opportunity_closed_record_idx" ON "Opportunity"(id)
  INCLUDE (outcome, "businessCategoryId", "lostToCompetitorId", "lossType", amount, "contractAmount")
  WHERE outcome <> 'OPEN';
