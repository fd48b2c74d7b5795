-- Sales tools (issue 12): public-bid fields and step dates, competitor profiles and dedupe key,
-- our position per competitor, key-account reason and KAM plan.
-- CreateEnum
CREATE TYPE "CompetitivePosition" AS ENUM ('AHEAD', 'EVEN', 'BEHIND');

-- AlterTable
ALTER TABLE "Account" ADD COLUMN     "kamGoals" TEXT,
ADD COLUMN     "kamRelationshipPlan" TEXT,
ADD COLUMN     "kamWhitespace" TEXT,
ADD COLUMN     "keyAccountReason" TEXT,
ADD COLUMN     "keyAccountSince" TIMESTAMPTZ(6);

-- AlterTable
ALTER TABLE "Competitor" ADD COLUMN     "nameKey" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "pricingHabits" TEXT,
ADD COLUMN     "typicalPartners" TEXT,
ADD COLUMN     "updatedAt" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;

-- the dedupe key of a competitor's name, kept by the database on every insert and rename (the same
-- rule as lib/domain/tools/competitor-name.ts, which the app uses to look a typed name up)
CREATE FUNCTION "Competitor_nameKey"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW."nameKey" := lower(regexp_replace(normalize(NEW.name, NFKC), '\s+', '', 'g'));
  RETURN NEW;
END $$;
CREATE TRIGGER "Competitor_nameKey" BEFORE INSERT OR UPDATE OF name ON "Competitor"
  FOR EACH ROW EXECUTE FUNCTION "Competitor_nameKey"();
UPDATE "Competitor" SET "nameKey" = lower(regexp_replace(normalize(name, NFKC), '\s+', '', 'g'));

-- AlterTable
ALTER TABLE "Opportunity" ADD COLUMN     "demandAgency" TEXT,
ADD COLUMN     "plannedPrice" DECIMAL(20,2);

-- AlterTable
ALTER TABLE "OpportunityCompetitor" ADD COLUMN     "position" "CompetitivePosition",
ADD COLUMN     "positionNote" TEXT;

-- CreateTable
CREATE TABLE "OpportunityProcessStep" (
    "opportunityId" UUID NOT NULL,
    "step" "SalesProcessStep" NOT NULL,
    "date" DATE NOT NULL,

    CONSTRAINT "OpportunityProcessStep_pkey" PRIMARY KEY ("opportunityId","step")
);

-- CreateIndex
CREATE INDEX "Opportunity_bidDeadline_idx" ON "Opportunity"("bidDeadline");

-- CreateIndex
CREATE UNIQUE INDEX "Competitor_nameKey_key" ON "Competitor"("nameKey");

-- AddForeignKey
ALTER TABLE "OpportunityProcessStep" ADD CONSTRAINT "OpportunityProcessStep_opportunityId_fkey" FOREIGN KEY ("opportunityId") REFERENCES "Opportunity"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- a competitor's record against us: deals lost to it, and its links read index-only
CREATE INDEX "Opportunity_lostToCompetitorId_idx" ON "Opportunity"("lostToCompetitorId");
DROP INDEX "OpportunityCompetitor_competitorId_idx";
CREATE INDEX "OpportunityCompetitor_competitorId_opportunityId_idx" ON "OpportunityCompetitor"("competitorId", "opportunityId");
