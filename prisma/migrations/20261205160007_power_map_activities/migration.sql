-- Power map (issue #12 item 1): reports-to and relationship owner on the contact.
-- Activities (item 7): visit/demo/proposal kinds and the next step agreed at the activity.

ALTER TYPE "ActivityType" ADD VALUE 'VISIT';
ALTER TYPE "ActivityType" ADD VALUE 'DEMO';
ALTER TYPE "ActivityType" ADD VALUE 'PROPOSAL';

ALTER TABLE "Contact" ADD COLUMN "reportsToId" UUID,
ADD COLUMN "relationshipOwnerId" UUID;

ALTER TABLE "Activity" ADD COLUMN "nextStep" TEXT,
ADD COLUMN "nextStepDueDate" DATE;

CREATE INDEX "Contact_reportsToId_idx" ON "Contact"("reportsToId");

CREATE INDEX "Opportunity_ownerId_nextStepDueDate_idx" ON "Opportunity"("ownerId", "nextStepDueDate");

ALTER TABLE "Contact" ADD CONSTRAINT "Contact_reportsToId_fkey" FOREIGN KEY ("reportsToId") REFERENCES "Contact"("id") ON DELETE SET NULL ON UPDATE CASCADE;

ALTER TABLE "Contact" ADD CONSTRAINT "Contact_relationshipOwnerId_fkey" FOREIGN KEY ("relationshipOwnerId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
