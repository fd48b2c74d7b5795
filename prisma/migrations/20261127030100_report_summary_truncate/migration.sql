-- A TRUNCATE that lists "Opportunity" and "ReportSummary" together (the test harness empties
-- every table in one statement) cannot TRUNCATE the summary again from the trigger: DELETE.
CREATE OR REPLACE FUNCTION report_summary_truncate() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM "ReportSummary";
  RETURN NULL;
END $$;
