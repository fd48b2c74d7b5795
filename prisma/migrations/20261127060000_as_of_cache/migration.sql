-- The as-of report's in-memory index (ADR 007, lib/db/queries/as-of-cache.ts) refreshes from
-- the rows written since its last read: each row carries the id of the transaction that last
-- wrote it. Existing rows get 0 (a constant default adds the column without rewriting the
-- table); new rows and updates get the writer's transaction id.
ALTER TABLE "Opportunity" ADD COLUMN "syncXid" BIGINT NOT NULL DEFAULT 0;
ALTER TABLE "Opportunity" ALTER COLUMN "syncXid" SET DEFAULT (pg_current_xact_id())::text::bigint;
ALTER TABLE "TierChange" ADD COLUMN "syncXid" BIGINT NOT NULL DEFAULT 0;
ALTER TABLE "TierChange" ALTER COLUMN "syncXid" SET DEFAULT (pg_current_xact_id())::text::bigint;

-- as-of index refresh: rows written since a transaction id
CREATE INDEX "Opportunity_syncXid_idx" ON "Opportunity"("syncXid");
CREATE INDEX "TierChange_syncXid_idx" ON "TierChange"("syncXid");

CREATE OR REPLACE FUNCTION opportunity_touch_sync_xid() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW."syncXid" := pg_current_xact_id()::text::bigint;
  RETURN NEW;
END $$;
CREATE TRIGGER "Opportunity_touch_sync_xid" BEFORE UPDATE ON "Opportunity"
  FOR EACH ROW EXECUTE FUNCTION opportunity_touch_sync_xid();

-- A delete or truncate cannot be seen through "syncXid": it replaces the epoch instead, and the
-- index reloads in full (the app never deletes opportunities; the test harness truncates).
CREATE TABLE "ReportCacheEpoch" (
    "id" INTEGER NOT NULL,
    "epoch" UUID NOT NULL,
    CONSTRAINT "ReportCacheEpoch_pkey" PRIMARY KEY ("id")
);
INSERT INTO "ReportCacheEpoch" (id, epoch) VALUES (1, gen_random_uuid());

CREATE OR REPLACE FUNCTION report_cache_new_epoch() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "ReportCacheEpoch" (id, epoch) VALUES (1, gen_random_uuid())
    ON CONFLICT (id) DO UPDATE SET epoch = EXCLUDED.epoch;
  RETURN NULL;
END $$;
CREATE TRIGGER "Opportunity_new_epoch_delete" AFTER DELETE ON "Opportunity"
  FOR EACH STATEMENT EXECUTE FUNCTION report_cache_new_epoch();
CREATE TRIGGER "Opportunity_new_epoch_truncate" AFTER TRUNCATE ON "Opportunity"
  FOR EACH STATEMENT EXECUTE FUNCTION report_cache_new_epoch();
CREATE TRIGGER "TierChange_new_epoch_delete" AFTER DELETE ON "TierChange"
  FOR EACH STATEMENT EXECUTE FUNCTION report_cache_new_epoch();
CREATE TRIGGER "TierChange_new_epoch_truncate" AFTER TRUNCATE ON "TierChange"
  FOR EACH STATEMENT EXECUTE FUNCTION report_cache_new_epoch();
