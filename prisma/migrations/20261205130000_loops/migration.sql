-- Issue 13 (close the method's loops): tier reviews that act, immutable postmortems with amendments
-- and action items that get done, notifications, and the work list's indexes.
-- AlterTable
ALTER TABLE "ActionItem" ADD COLUMN     "doneById" UUID,
ADD COLUMN     "doneNote" TEXT;

-- AlterTable
ALTER TABLE "TierReview" ADD COLUMN     "teamId" UUID;

-- AlterTable
ALTER TABLE "TierReviewItem" ADD COLUMN     "appliedTier" SMALLINT,
ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;

-- CreateTable
CREATE TABLE "PostmortemAmendment" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "postmortemId" UUID NOT NULL,
    "authorId" UUID NOT NULL,
    "body" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PostmortemAmendment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Notification" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "userId" UUID NOT NULL,
    "kind" TEXT NOT NULL,
    "params" JSONB NOT NULL DEFAULT '{}',
    "link" TEXT NOT NULL,
    "actorId" UUID,
    "createdAt" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "readAt" TIMESTAMPTZ(6),

    CONSTRAINT "Notification_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "PostmortemAmendment_postmortemId_createdAt_idx" ON "PostmortemAmendment"("postmortemId", "createdAt");

-- CreateIndex
CREATE INDEX "Notification_userId_createdAt_idx" ON "Notification"("userId", "createdAt" DESC);

-- CreateIndex
-- the owner's work list (open action items by due date): only open items are ever read that way
CREATE INDEX "ActionItem_open_owner_due_idx" ON "ActionItem"("ownerId", "dueDate") WHERE "doneAt" IS NULL;

-- CreateIndex
CREATE INDEX "TierReview_period_teamId_asOf_idx" ON "TierReview"("period", "teamId", "asOf" DESC);

-- AddForeignKey
ALTER TABLE "PostmortemAmendment" ADD CONSTRAINT "PostmortemAmendment_postmortemId_fkey" FOREIGN KEY ("postmortemId") REFERENCES "Postmortem"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PostmortemAmendment" ADD CONSTRAINT "PostmortemAmendment_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Notification" ADD CONSTRAINT "Notification_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- Hand-written (partial indexes Prisma's schema cannot express):

-- At most one OPEN review per period and scope (a team = its manager's id; NULL = the whole firm):
-- a second start while one is open fails on this index → 409 (two managers starting at once too).
CREATE UNIQUE INDEX "TierReview_one_open_idx" ON "TierReview"(period, coalesce("teamId", '00000000-0000-0000-0000-000000000000'::uuid)) WHERE "closedAt" IS NULL;

-- The bell's unread count for one user: an index-only count over that user's unread rows.
CREATE INDEX "Notification_unread_idx" ON "Notification"("userId") WHERE "readAt" IS NULL;

-- Work list (내 업무) and nav counts for a rep or a manager of N reps, at 1M opportunities: each
-- kind is a per-owner range over a partial index of OPEN deals only (≈70% of rows but the
-- closed ones never enter), so "stalled" is owner = ? AND tier = ? AND tierEnteredAt < now - limit(tier)
-- (index-only, the snooze date is INCLUDEd), "next step overdue" is owner = ? AND nextStepDueDate < today,
-- "bid deadline this week" is owner = ? AND bidDeadline in [now, now + 7d).
CREATE INDEX "Opportunity_open_owner_stall_idx" ON "Opportunity"("ownerId", tier, "tierEnteredAt") INCLUDE ("stallSnoozedUntil", "stallSnoozedAt") WHERE outcome = 'OPEN';
CREATE INDEX "Opportunity_open_owner_next_idx" ON "Opportunity"("ownerId", "nextStepDueDate") WHERE outcome = 'OPEN' AND "nextStepDueDate" IS NOT NULL;
CREATE INDEX "Opportunity_open_owner_bid_idx" ON "Opportunity"("ownerId", "bidDeadline") WHERE outcome = 'OPEN' AND "bidDeadline" IS NOT NULL;
-- "postmortems due": the owner's deals closed (won, lost, dropped) recently, newest first.
CREATE INDEX "Opportunity_closed_owner_idx" ON "Opportunity"("ownerId", "closedAt" DESC) WHERE outcome IN ('WON', 'LOST', 'DROPPED');
-- VRB findings waiting for an answer on a deal: the rep's list joins review → finding by status.
CREATE INDEX "VrbReview_opportunity_idx" ON "VrbReview"("opportunityId") WHERE status = 'SCHEDULED';
-- The work list's "stalled" rows, oldest tier entry first, for a team: scanning open deals by
-- tierEnteredAt and keeping the team's (a manager of 20 of 50 reps finds 20 rows in ~50 entries)
-- beats sorting the team's whole open pipeline (≈280k rows at 1M deals).
CREATE INDEX "Opportunity_open_entered_idx" ON "Opportunity"("tierEnteredAt") WHERE outcome = 'OPEN';
