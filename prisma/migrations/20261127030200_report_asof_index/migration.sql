-- CreateIndex
CREATE INDEX "TierChange_changedAt_opportunityId_fromTier_fromOutcome_idx" ON "TierChange"("changedAt", "opportunityId", "fromTier", "fromOutcome");

