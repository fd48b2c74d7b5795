-- DropIndex
DROP INDEX "VrbAssessment_reviewId_criterion_key";

-- AlterTable
ALTER TABLE "DealEconomics" ADD COLUMN     "contingencyPct" DECIMAL(7,3),
ADD COLUMN     "laborLines" JSONB NOT NULL DEFAULT '[]',
ADD COLUMN     "paymentSchedule" JSONB NOT NULL DEFAULT '[]',
ADD COLUMN     "totalCost" DECIMAL(20,2) NOT NULL DEFAULT 0;

-- AlterTable
ALTER TABLE "PaymentMilestone" ADD COLUMN     "invoicedAmount" DECIMAL(20,2),
ADD COLUMN     "invoicedAt" DATE;

-- AlterTable
ALTER TABLE "VrbAssessment" ADD COLUMN     "scoredAt" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
ADD COLUMN     "scoredById" UUID;

-- AlterTable
ALTER TABLE "VrbDecision" ADD COLUMN     "missingOpinionReason" TEXT;

-- AlterTable
ALTER TABLE "VrbFinding" ADD COLUMN     "dueDate" DATE;

-- AlterTable
ALTER TABLE "VrbReview" ADD COLUMN     "cancelReason" TEXT,
ADD COLUMN     "cancelledAt" TIMESTAMPTZ(6);

-- CreateIndex
CREATE UNIQUE INDEX "VrbAssessment_reviewId_criterion_scoredById_key" ON "VrbAssessment"("reviewId", "criterion", "scoredById");

-- AddForeignKey
ALTER TABLE "VrbAssessment" ADD CONSTRAINT "VrbAssessment_scoredById_fkey" FOREIGN KEY ("scoredById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;


-- Backfill: older rows kept labour as one (person-months, rate) pair; make it the one labour row
-- and store the total cost the calculator derives (lib/domain/vrb/economics.ts).
UPDATE "DealEconomics"
SET "laborLines" = CASE WHEN "laborPersonMonths" > 0 OR "laborRate" > 0
      THEN jsonb_build_array(jsonb_build_object('grade', '', 'personMonths', "laborPersonMonths"::text, 'monthlyRate', "laborRate"::text))
      ELSE '[]'::jsonb END,
    "totalCost" = "hardwareCost" + "softwareLicenseCost" + round("laborPersonMonths" * "laborRate", 2)
      + "subcontractCost" + "otherCost" + contingency;
