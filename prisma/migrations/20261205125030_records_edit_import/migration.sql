-- AlterTable
ALTER TABLE "Account" ADD COLUMN     "salesRegionId" UUID;

-- AlterTable
ALTER TABLE "Contact" ADD COLUMN     "deletedAt" TIMESTAMPTZ(6);

-- AlterTable
ALTER TABLE "ImportBatch" ADD COLUMN     "kind" TEXT NOT NULL DEFAULT 'LEAD';

-- AlterTable
ALTER TABLE "Opportunity" ADD COLUMN     "externalKey" TEXT,
ADD COLUMN     "importBatchId" UUID,
ADD COLUMN     "unmetAtEntry" TEXT[] DEFAULT ARRAY[]::TEXT[];

-- CreateIndex
CREATE UNIQUE INDEX "Opportunity_externalKey_key" ON "Opportunity"("externalKey");

-- AddForeignKey
ALTER TABLE "Account" ADD CONSTRAINT "Account_salesRegionId_fkey" FOREIGN KEY ("salesRegionId") REFERENCES "SalesRegion"("id") ON DELETE SET NULL ON UPDATE CASCADE;

