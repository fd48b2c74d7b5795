-- Issue 12 items 4 and 8: the expert network (internal or external experts linked to the deals they
-- helped, version for CAS edits) and trigram indexes so the global search finds experts and competitors.
-- AlterTable
ALTER TABLE "Expert" ADD COLUMN     "internal" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "updatedAt" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
ADD COLUMN     "userId" UUID,
ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;

-- CreateTable
CREATE TABLE "OpportunityExpert" (
    "opportunityId" UUID NOT NULL,
    "expertId" UUID NOT NULL,
    "role" TEXT,
    "note" TEXT,
    "createdById" UUID,
    "createdAt" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "OpportunityExpert_pkey" PRIMARY KEY ("opportunityId","expertId")
);

-- CreateIndex
CREATE INDEX "OpportunityExpert_expertId_opportunityId_idx" ON "OpportunityExpert"("expertId", "opportunityId");

-- CreateIndex
CREATE INDEX "Expert_field_idx" ON "Expert"("field");

-- CreateIndex
CREATE INDEX "Expert_userId_idx" ON "Expert"("userId");

-- AddForeignKey
ALTER TABLE "Expert" ADD CONSTRAINT "Expert_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OpportunityExpert" ADD CONSTRAINT "OpportunityExpert_opportunityId_fkey" FOREIGN KEY ("opportunityId") REFERENCES "Opportunity"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OpportunityExpert" ADD CONSTRAINT "OpportunityExpert_expertId_fkey" FOREIGN KEY ("expertId") REFERENCES "Expert"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OpportunityExpert" ADD CONSTRAINT "OpportunityExpert_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;


-- Hand-written: /tools/experts, GET /api/v1/experts?q and the global search match ILIKE '%q%'
-- (Korean and English alike) through trigram indexes on the same expressions the queries use.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE INDEX "Expert_search_trgm_idx" ON "Expert" USING gin (("name" || ' ' || "field" || ' ' || coalesce("organization", '')) gin_trgm_ops);
CREATE INDEX "Competitor_name_trgm_idx" ON "Competitor" USING gin ("name" gin_trgm_ops);
