-- CreateTable
CREATE TABLE "ReportSummary" (
    "outcome" "Outcome" NOT NULL,
    "tier" SMALLINT NOT NULL,
    "regionScope" "RegionScope" NOT NULL,
    "country" VARCHAR(2) NOT NULL,
    "salesRegionId" UUID NOT NULL,
    "businessCategoryId" UUID NOT NULL,
    "count" BIGINT NOT NULL DEFAULT 0,
    "amount" DECIMAL(24,2) NOT NULL DEFAULT 0,

    CONSTRAINT "ReportSummary_pkey" PRIMARY KEY ("outcome","tier","regionScope","country","salesRegionId","businessCategoryId")
);

-- CreateIndex
CREATE INDEX "Opportunity_outcome_tier_regionScope_businessCategoryId_amo_idx" ON "Opportunity"("outcome", "tier", "regionScope", "businessCategoryId", "amount" DESC);

-- CreateIndex
CREATE INDEX "Opportunity_outcome_tier_regionScope_country_amount_idx" ON "Opportunity"("outcome", "tier", "regionScope", "country", "amount" DESC);

-- CreateIndex
CREATE INDEX "Opportunity_outcome_tier_regionScope_salesRegionId_amount_idx" ON "Opportunity"("outcome", "tier", "regionScope", "salesRegionId", "amount" DESC);

-- CreateIndex
CREATE INDEX "Opportunity_expectedCloseDate_idx" ON "Opportunity"("expectedCloseDate");


-- ───── hand-written: keep "ReportSummary" fresh from every writer of "Opportunity" ─────
-- Each row change subtracts the old row's contribution and adds the new one's, in the writer's
-- own transaction. The two summary keys are touched in a fixed order (smaller key first) so two
-- writers moving deals in opposite directions cannot deadlock on the summary rows.

CREATE FUNCTION report_summary_add(o "Outcome", t SMALLINT, s "RegionScope", c VARCHAR, r UUID, b UUID, n BIGINT, a NUMERIC)
RETURNS void LANGUAGE sql AS $$
  INSERT INTO "ReportSummary" AS rs ("outcome", "tier", "regionScope", "country", "salesRegionId", "businessCategoryId", "count", "amount")
  VALUES (o, t, s, c, COALESCE(r, '00000000-0000-0000-0000-000000000000'::uuid), COALESCE(b, '00000000-0000-0000-0000-000000000000'::uuid), n, a)
  ON CONFLICT ("outcome", "tier", "regionScope", "country", "salesRegionId", "businessCategoryId")
  DO UPDATE SET "count" = rs."count" + EXCLUDED."count", "amount" = rs."amount" + EXCLUDED."amount";
$$;

CREATE FUNCTION report_summary_trigger() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  old_key TEXT;
  new_key TEXT;
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM report_summary_add(NEW."outcome", NEW."tier", NEW."regionScope", NEW."country", NEW."salesRegionId", NEW."businessCategoryId", 1, COALESCE(NEW."amount", 0));
    RETURN NULL;
  END IF;
  IF TG_OP = 'DELETE' THEN
    PERFORM report_summary_add(OLD."outcome", OLD."tier", OLD."regionScope", OLD."country", OLD."salesRegionId", OLD."businessCategoryId", -1, -COALESCE(OLD."amount", 0));
    RETURN NULL;
  END IF;
  IF OLD."outcome" = NEW."outcome" AND OLD."tier" = NEW."tier" AND OLD."regionScope" = NEW."regionScope"
     AND OLD."country" = NEW."country" AND OLD."salesRegionId" IS NOT DISTINCT FROM NEW."salesRegionId"
     AND OLD."businessCategoryId" IS NOT DISTINCT FROM NEW."businessCategoryId"
     AND OLD."amount" IS NOT DISTINCT FROM NEW."amount" THEN
    RETURN NULL; -- an edit that does not touch the report
  END IF;
  old_key := concat_ws('|', OLD."outcome", OLD."tier", OLD."regionScope", OLD."country", OLD."salesRegionId", OLD."businessCategoryId");
  new_key := concat_ws('|', NEW."outcome", NEW."tier", NEW."regionScope", NEW."country", NEW."salesRegionId", NEW."businessCategoryId");
  IF old_key <= new_key THEN
    PERFORM report_summary_add(OLD."outcome", OLD."tier", OLD."regionScope", OLD."country", OLD."salesRegionId", OLD."businessCategoryId", -1, -COALESCE(OLD."amount", 0));
    PERFORM report_summary_add(NEW."outcome", NEW."tier", NEW."regionScope", NEW."country", NEW."salesRegionId", NEW."businessCategoryId", 1, COALESCE(NEW."amount", 0));
  ELSE
    PERFORM report_summary_add(NEW."outcome", NEW."tier", NEW."regionScope", NEW."country", NEW."salesRegionId", NEW."businessCategoryId", 1, COALESCE(NEW."amount", 0));
    PERFORM report_summary_add(OLD."outcome", OLD."tier", OLD."regionScope", OLD."country", OLD."salesRegionId", OLD."businessCategoryId", -1, -COALESCE(OLD."amount", 0));
  END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER "Opportunity_report_summary"
  AFTER INSERT OR UPDATE OR DELETE ON "Opportunity"
  FOR EACH ROW EXECUTE FUNCTION report_summary_trigger();

-- TRUNCATE fires no row triggers: empty the summary with it.
CREATE FUNCTION report_summary_truncate() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  TRUNCATE "ReportSummary";
  RETURN NULL;
END $$;

CREATE TRIGGER "Opportunity_report_summary_truncate"
  AFTER TRUNCATE ON "Opportunity"
  FOR EACH STATEMENT EXECUTE FUNCTION report_summary_truncate();

-- Rebuild from scratch (bulk loads that disable the row trigger call this once at the end).
CREATE FUNCTION report_summary_rebuild() RETURNS void LANGUAGE sql AS $$
  DELETE FROM "ReportSummary";
  INSERT INTO "ReportSummary" ("outcome", "tier", "regionScope", "country", "salesRegionId", "businessCategoryId", "count", "amount")
  SELECT "outcome", "tier", "regionScope", "country",
         COALESCE("salesRegionId", '00000000-0000-0000-0000-000000000000'::uuid),
         COALESCE("businessCategoryId", '00000000-0000-0000-0000-000000000000'::uuid),
         count(*), COALESCE(sum("amount"), 0)
  FROM "Opportunity" GROUP BY 1, 2, 3, 4, 5, 6;
$$;

-- rows whose deals are all gone are removed lazily by readers ignoring count = 0
