-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "Role" AS ENUM ('ADMIN', 'EXECUTIVE', 'SALES_MANAGER', 'SALES_REP', 'MARKETER', 'VRB_MEMBER', 'VRB_CHAIR');

-- CreateEnum
CREATE TYPE "VrbDomain" AS ENUM ('FINANCE', 'LEGAL', 'PROCUREMENT', 'TECHNOLOGY');

-- CreateEnum
CREATE TYPE "RegionScope" AS ENUM ('DOMESTIC', 'OVERSEAS');

-- CreateEnum
CREATE TYPE "ReasonKind" AS ENUM ('WON', 'LOST', 'NO_BID', 'DROPPED', 'DISQUALIFY');

-- CreateEnum
CREATE TYPE "PowerRole" AS ENUM ('DECISION_MAKER', 'INFLUENCER', 'CHAMPION', 'GATEKEEPER', 'USER');

-- CreateEnum
CREATE TYPE "Stance" AS ENUM ('SUPPORTER', 'NEUTRAL', 'OPPONENT');

-- CreateEnum
CREATE TYPE "LeadStatus" AS ENUM ('MQL', 'SQL', 'CONVERTED', 'DISQUALIFIED');

-- CreateEnum
CREATE TYPE "Temperature" AS ENUM ('HOT', 'WARM', 'COLD');

-- CreateEnum
CREATE TYPE "LeadSource" AS ENUM ('WEB_PAGE', 'WHITE_PAPER', 'BLOG', 'INFOGRAPHIC', 'PRESENTATION', 'BUSINESS_CARD', 'NEWSLETTER', 'SEMINAR', 'INTERVIEW', 'OTHER');

-- CreateEnum
CREATE TYPE "ImportStatus" AS ENUM ('PENDING', 'RUNNING', 'DONE', 'FAILED');

-- CreateEnum
CREATE TYPE "Outcome" AS ENUM ('OPEN', 'WON', 'LOST', 'NO_BID', 'DROPPED');

-- CreateEnum
CREATE TYPE "LossType" AS ENUM ('COMPETITOR', 'NO_DECISION');

-- CreateEnum
CREATE TYPE "SalesProcessStep" AS ENUM ('RFI', 'BID', 'PREFERRED_BIDDER', 'NEGOTIATION', 'CONTRACT', 'DELIVERY');

-- CreateEnum
CREATE TYPE "ReviewPeriod" AS ENUM ('WEEKLY', 'MONTHLY');

-- CreateEnum
CREATE TYPE "ReviewDecision" AS ENUM ('ADVANCE', 'HOLD', 'DOWNGRADE', 'DROP');

-- CreateEnum
CREATE TYPE "VrbReviewStatus" AS ENUM ('SCHEDULED', 'DECIDED', 'CANCELLED');

-- CreateEnum
CREATE TYPE "MilestoneKind" AS ENUM ('DOWN_PAYMENT', 'INTERIM', 'BALANCE');

-- CreateEnum
CREATE TYPE "AssessmentCriterion" AS ENUM ('CUSTOMER_NEGOTIATION_POWER', 'SALES_CAPABILITY', 'COMPETITIVE_POSITION', 'TECHNICAL_RISK', 'LEGAL_RISK', 'STRATEGIC_VALUE');

-- CreateEnum
CREATE TYPE "OpinionStance" AS ENUM ('SUPPORT', 'CONCERN', 'OPPOSE');

-- CreateEnum
CREATE TYPE "Severity" AS ENUM ('LOW', 'MEDIUM', 'HIGH', 'CRITICAL');

-- CreateEnum
CREATE TYPE "FindingStatus" AS ENUM ('OPEN', 'ANSWERED', 'RESOLVED');

-- CreateEnum
CREATE TYPE "VrbDecisionKind" AS ENUM ('PASS', 'CONDITIONAL', 'HOLD', 'DROP');

-- CreateEnum
CREATE TYPE "RootCause" AS ENUM ('PRICE', 'SOLUTION_FIT', 'RELATIONSHIP', 'COMPETITOR', 'TIMING', 'REQUIREMENT_UNDERSTANDING', 'INTERNAL_PROCESS', 'OTHER');

-- CreateEnum
CREATE TYPE "PostmortemStatus" AS ENUM ('DRAFT', 'PUBLISHED');

-- CreateEnum
CREATE TYPE "ActivityType" AS ENUM ('MEETING', 'CALL', 'EMAIL', 'NOTE', 'TASK');

-- CreateTable
CREATE TABLE "User" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "passwordHash" TEXT NOT NULL,
    "roles" "Role"[],
    "vrbDomains" "VrbDomain"[],
    "managerId" UUID,
    "locale" TEXT NOT NULL DEFAULT 'ko',
    "disabledAt" TIMESTAMPTZ(6),
    "createdAt" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(6) NOT NULL,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Session" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "sessionToken" TEXT NOT NULL,
    "userId" UUID NOT NULL,
    "expires" TIMESTAMPTZ(6) NOT NULL,
    "createdAt" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Session_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ApiToken" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "userId" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "lastUsedAt" TIMESTAMPTZ(6),
    "revokedAt" TIMESTAMPTZ(6),
    "createdAt" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ApiToken_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RateLimit" (
    "key" TEXT NOT NULL,
    "count" INTEGER NOT NULL,
    "resetAt" TIMESTAMPTZ(6) NOT NULL,

    CONSTRAINT "RateLimit_pkey" PRIMARY KEY ("key")
);

-- CreateTable
CREATE TABLE "BusinessCategory" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "code" TEXT NOT NULL,
    "nameKo" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    "active" BOOLEAN NOT NULL DEFAULT true,

    CONSTRAINT "BusinessCategory_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SalesRegion" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "code" TEXT NOT NULL,
    "nameKo" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "scope" "RegionScope" NOT NULL,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    "active" BOOLEAN NOT NULL DEFAULT true,

    CONSTRAINT "SalesRegion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Reason" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "kind" "ReasonKind" NOT NULL,
    "code" TEXT NOT NULL,
    "labelKo" TEXT NOT NULL,
    "labelEn" TEXT NOT NULL,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    "active" BOOLEAN NOT NULL DEFAULT true,

    CONSTRAINT "Reason_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Setting" (
    "key" TEXT NOT NULL,
    "value" JSONB NOT NULL,
    "updatedAt" TIMESTAMPTZ(6) NOT NULL,
    "updatedById" UUID,

    CONSTRAINT "Setting_pkey" PRIMARY KEY ("key")
);

-- CreateTable
CREATE TABLE "Account" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "name" TEXT NOT NULL,
    "nameNormalized" TEXT NOT NULL,
    "businessRegistrationNo" TEXT,
    "domain" TEXT,
    "industry" TEXT,
    "country" VARCHAR(2) NOT NULL DEFAULT 'KR',
    "isKeyAccount" BOOLEAN NOT NULL DEFAULT false,
    "reputationNotes" TEXT,
    "createdAt" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(6) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "Account_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Contact" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "accountId" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "title" TEXT,
    "email" TEXT,
    "phone" TEXT,
    "powerRole" "PowerRole",
    "stance" "Stance",
    "power" INTEGER,
    "personaNotes" TEXT,
    "createdAt" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(6) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "Contact_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Lead" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "dedupeKey" TEXT NOT NULL,
    "email" TEXT,
    "name" TEXT,
    "company" TEXT,
    "title" TEXT,
    "phone" TEXT,
    "website" TEXT,
    "companyDomain" TEXT,
    "businessRegistrationNo" TEXT,
    "source" "LeadSource",
    "campaign" TEXT,
    "temperature" "Temperature",
    "need" TEXT,
    "intent" TEXT,
    "budget" DECIMAL(20,2),
    "notes" TEXT,
    "status" "LeadStatus" NOT NULL DEFAULT 'MQL',
    "ownerId" UUID,
    "disqualifyReasonId" UUID,
    "disqualifyNote" TEXT,
    "importBatchId" UUID,
    "accountId" UUID,
    "contactId" UUID,
    "opportunityId" UUID,
    "qualifiedAt" TIMESTAMPTZ(6),
    "convertedAt" TIMESTAMPTZ(6),
    "createdAt" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "Lead_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ImportBatch" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "fileName" TEXT NOT NULL,
    "fileSize" INTEGER NOT NULL,
    "format" TEXT NOT NULL,
    "encoding" TEXT,
    "mapping" JSONB,
    "dryRun" BOOLEAN NOT NULL DEFAULT false,
    "status" "ImportStatus" NOT NULL DEFAULT 'PENDING',
    "total" INTEGER,
    "processed" INTEGER NOT NULL DEFAULT 0,
    "created" INTEGER NOT NULL DEFAULT 0,
    "updated" INTEGER NOT NULL DEFAULT 0,
    "skipped" INTEGER NOT NULL DEFAULT 0,
    "failed" INTEGER NOT NULL DEFAULT 0,
    "message" TEXT,
    "createdById" UUID NOT NULL,
    "createdAt" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finishedAt" TIMESTAMPTZ(6),

    CONSTRAINT "ImportBatch_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ImportRowError" (
    "id" BIGSERIAL NOT NULL,
    "batchId" UUID NOT NULL,
    "row" INTEGER NOT NULL,
    "column" TEXT,
    "message" TEXT NOT NULL,

    CONSTRAINT "ImportRowError_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Opportunity" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "name" TEXT NOT NULL,
    "accountId" UUID NOT NULL,
    "ownerId" UUID NOT NULL,
    "amount" DECIMAL(20,2),
    "currency" VARCHAR(3) NOT NULL DEFAULT 'KRW',
    "businessCategoryId" UUID,
    "regionScope" "RegionScope" NOT NULL DEFAULT 'DOMESTIC',
    "country" VARCHAR(2) NOT NULL DEFAULT 'KR',
    "salesRegionId" UUID,
    "expectedCloseDate" DATE,
    "need" TEXT,
    "tier" SMALLINT NOT NULL DEFAULT 4,
    "outcome" "Outcome" NOT NULL DEFAULT 'OPEN',
    "lastOpenTier" SMALLINT,
    "tierEnteredAt" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "closedAt" TIMESTAMPTZ(6),
    "lossType" "LossType",
    "lostToCompetitorId" UUID,
    "contractAmount" DECIMAL(20,2),
    "closeNote" TEXT,
    "position" DOUBLE PRECISION NOT NULL DEFAULT 0,
    "resourcePersonMonths" DECIMAL(8,1),
    "resourceBudget" DECIMAL(20,2),
    "resourceDays" INTEGER,
    "marketPolitical" TEXT,
    "marketSocial" TEXT,
    "marketCultural" TEXT,
    "marketNotes" TEXT,
    "nextStep" TEXT,
    "nextStepDueDate" DATE,
    "stallSnoozedUntil" DATE,
    "stallSnoozeReason" TEXT,
    "stallSnoozedAt" TIMESTAMPTZ(6),
    "salesProcessStep" "SalesProcessStep",
    "isPublicSector" BOOLEAN NOT NULL DEFAULT false,
    "bidNoticeNo" TEXT,
    "bidRound" INTEGER,
    "estimatedPrice" DECIMAL(20,2),
    "lowerBidLimitRate" DECIMAL(6,3),
    "bidAmount" DECIMAL(20,2),
    "proposalDueDate" DATE,
    "bidDeadline" TIMESTAMPTZ(6),
    "createdAt" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(6) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "Opportunity_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OpportunityContact" (
    "opportunityId" UUID NOT NULL,
    "contactId" UUID NOT NULL,
    "isPrimary" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "OpportunityContact_pkey" PRIMARY KEY ("opportunityId","contactId")
);

-- CreateTable
CREATE TABLE "OpportunityCompetitor" (
    "opportunityId" UUID NOT NULL,
    "competitorId" UUID NOT NULL,

    CONSTRAINT "OpportunityCompetitor_pkey" PRIMARY KEY ("opportunityId","competitorId")
);

-- CreateTable
CREATE TABLE "ConsortiumPartner" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "opportunityId" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "role" TEXT,
    "sharePct" DECIMAL(5,2),

    CONSTRAINT "ConsortiumPartner_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OpportunityReason" (
    "opportunityId" UUID NOT NULL,
    "reasonId" UUID NOT NULL,

    CONSTRAINT "OpportunityReason_pkey" PRIMARY KEY ("opportunityId","reasonId")
);

-- CreateTable
CREATE TABLE "TierChange" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "opportunityId" UUID NOT NULL,
    "fromTier" SMALLINT,
    "toTier" SMALLINT NOT NULL,
    "fromOutcome" "Outcome",
    "toOutcome" "Outcome" NOT NULL,
    "reason" TEXT,
    "actorId" UUID,
    "changedAt" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "TierChange_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TierReview" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "period" "ReviewPeriod" NOT NULL,
    "title" TEXT NOT NULL,
    "asOf" TIMESTAMPTZ(6) NOT NULL,
    "previousId" UUID,
    "startedById" UUID NOT NULL,
    "closedAt" TIMESTAMPTZ(6),
    "createdAt" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "TierReview_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TierReviewItem" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "reviewId" UUID NOT NULL,
    "opportunityId" UUID NOT NULL,
    "ownerId" UUID NOT NULL,
    "previousTier" SMALLINT,
    "currentTier" SMALLINT NOT NULL,
    "outcome" "Outcome" NOT NULL,
    "amount" DECIMAL(20,2),
    "decision" "ReviewDecision",
    "reason" TEXT,
    "nextStep" TEXT,
    "nextStepDueDate" DATE,
    "decidedById" UUID,
    "decidedAt" TIMESTAMPTZ(6),

    CONSTRAINT "TierReviewItem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "VrbStage" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "order" INTEGER NOT NULL,
    "code" TEXT NOT NULL,
    "nameKo" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "requiredDomains" "VrbDomain"[],
    "isBidApproval" BOOLEAN NOT NULL DEFAULT false,
    "active" BOOLEAN NOT NULL DEFAULT true,

    CONSTRAINT "VrbStage_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "VrbReview" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "opportunityId" UUID NOT NULL,
    "stageId" UUID NOT NULL,
    "scheduledAt" TIMESTAMPTZ(6) NOT NULL,
    "heldAt" TIMESTAMPTZ(6),
    "status" "VrbReviewStatus" NOT NULL DEFAULT 'SCHEDULED',
    "createdById" UUID NOT NULL,
    "createdAt" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "VrbReview_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DealEconomics" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "opportunityId" UUID NOT NULL,
    "vrbReviewId" UUID,
    "contractPrice" DECIMAL(20,2) NOT NULL DEFAULT 0,
    "hardwareCost" DECIMAL(20,2) NOT NULL DEFAULT 0,
    "softwareLicenseCost" DECIMAL(20,2) NOT NULL DEFAULT 0,
    "laborPersonMonths" DECIMAL(10,2) NOT NULL DEFAULT 0,
    "laborRate" DECIMAL(20,2) NOT NULL DEFAULT 0,
    "subcontractCost" DECIMAL(20,2) NOT NULL DEFAULT 0,
    "otherCost" DECIMAL(20,2) NOT NULL DEFAULT 0,
    "contingency" DECIMAL(20,2) NOT NULL DEFAULT 0,
    "grossProfit" DECIMAL(20,2) NOT NULL DEFAULT 0,
    "marginPct" DECIMAL(8,3) NOT NULL DEFAULT 0,
    "roiPct" DECIMAL(10,3) NOT NULL DEFAULT 0,
    "updatedAt" TIMESTAMPTZ(6) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "DealEconomics_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PaymentMilestone" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "opportunityId" UUID NOT NULL,
    "kind" "MilestoneKind" NOT NULL,
    "sequence" INTEGER NOT NULL DEFAULT 1,
    "amount" DECIMAL(20,2) NOT NULL,
    "dueDate" DATE NOT NULL,
    "collectedAt" TIMESTAMPTZ(6),
    "collectedAmount" DECIMAL(20,2),

    CONSTRAINT "PaymentMilestone_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "VrbAssessment" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "reviewId" UUID NOT NULL,
    "criterion" "AssessmentCriterion" NOT NULL,
    "score" INTEGER NOT NULL,
    "notes" TEXT,

    CONSTRAINT "VrbAssessment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "VrbOpinion" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "reviewId" UUID NOT NULL,
    "domain" "VrbDomain" NOT NULL,
    "reviewerId" UUID NOT NULL,
    "stance" "OpinionStance" NOT NULL,
    "opinion" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "VrbOpinion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "VrbFinding" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "reviewId" UUID NOT NULL,
    "domain" "VrbDomain" NOT NULL,
    "raisedById" UUID NOT NULL,
    "issue" TEXT NOT NULL,
    "severity" "Severity" NOT NULL,
    "requiredFix" TEXT NOT NULL,
    "status" "FindingStatus" NOT NULL DEFAULT 'OPEN',
    "answer" TEXT,
    "answeredById" UUID,
    "answeredAt" TIMESTAMPTZ(6),
    "verifiedById" UUID,
    "resolvedAt" TIMESTAMPTZ(6),
    "createdAt" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "VrbFinding_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "VrbDecision" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "reviewId" UUID NOT NULL,
    "decision" "VrbDecisionKind" NOT NULL,
    "reason" TEXT,
    "overrideReason" TEXT,
    "marginPct" DECIMAL(8,3),
    "decidedById" UUID NOT NULL,
    "decidedAt" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "VrbDecision_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Postmortem" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "opportunityId" UUID NOT NULL,
    "status" "PostmortemStatus" NOT NULL DEFAULT 'DRAFT',
    "summary" TEXT,
    "whatHappened" TEXT,
    "whatWentWell" TEXT,
    "whatWentWrong" TEXT,
    "rootCauses" "RootCause"[],
    "winningCompetitorId" UUID,
    "priceGapPct" DECIMAL(8,3),
    "heldAt" TIMESTAMPTZ(6),
    "createdById" UUID NOT NULL,
    "createdAt" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(6) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "Postmortem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PostmortemAttendee" (
    "postmortemId" UUID NOT NULL,
    "userId" UUID NOT NULL,

    CONSTRAINT "PostmortemAttendee_pkey" PRIMARY KEY ("postmortemId","userId")
);

-- CreateTable
CREATE TABLE "Lesson" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "postmortemId" UUID,
    "title" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "category" "RootCause" NOT NULL,
    "accountId" UUID,
    "competitorId" UUID,
    "businessCategoryId" UUID,
    "createdAt" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Lesson_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ActionItem" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "postmortemId" UUID NOT NULL,
    "title" TEXT NOT NULL,
    "ownerId" UUID,
    "dueDate" DATE,
    "doneAt" TIMESTAMPTZ(6),

    CONSTRAINT "ActionItem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Competitor" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "name" TEXT NOT NULL,
    "strengths" TEXT,
    "weaknesses" TEXT,
    "notes" TEXT,
    "createdAt" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Competitor_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "QaEntry" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "needType" TEXT NOT NULL,
    "question" TEXT NOT NULL,
    "answer" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "QaEntry_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Expert" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "name" TEXT NOT NULL,
    "field" TEXT NOT NULL,
    "organization" TEXT,
    "email" TEXT,
    "phone" TEXT,
    "notes" TEXT,
    "createdAt" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Expert_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Activity" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "type" "ActivityType" NOT NULL,
    "subject" TEXT NOT NULL,
    "body" TEXT,
    "occurredAt" TIMESTAMPTZ(6) NOT NULL,
    "opportunityId" UUID,
    "accountId" UUID,
    "leadId" UUID,
    "actorId" UUID,
    "createdAt" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Activity_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditLog" (
    "id" BIGSERIAL NOT NULL,
    "actorId" UUID,
    "action" TEXT NOT NULL,
    "entityType" TEXT NOT NULL,
    "entityId" TEXT NOT NULL,
    "before" JSONB,
    "after" JSONB,
    "at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AuditLog_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE INDEX "User_managerId_idx" ON "User"("managerId");

-- CreateIndex
CREATE UNIQUE INDEX "Session_sessionToken_key" ON "Session"("sessionToken");

-- CreateIndex
CREATE INDEX "Session_userId_idx" ON "Session"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "ApiToken_tokenHash_key" ON "ApiToken"("tokenHash");

-- CreateIndex
CREATE INDEX "ApiToken_userId_idx" ON "ApiToken"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "BusinessCategory_code_key" ON "BusinessCategory"("code");

-- CreateIndex
CREATE UNIQUE INDEX "SalesRegion_code_key" ON "SalesRegion"("code");

-- CreateIndex
CREATE UNIQUE INDEX "Reason_kind_code_key" ON "Reason"("kind", "code");

-- CreateIndex
CREATE UNIQUE INDEX "Account_businessRegistrationNo_key" ON "Account"("businessRegistrationNo");

-- CreateIndex
CREATE INDEX "Account_domain_idx" ON "Account"("domain");

-- CreateIndex
CREATE INDEX "Account_nameNormalized_idx" ON "Account"("nameNormalized");

-- CreateIndex
CREATE INDEX "Contact_accountId_email_idx" ON "Contact"("accountId", "email");

-- CreateIndex
CREATE UNIQUE INDEX "Lead_dedupeKey_key" ON "Lead"("dedupeKey");

-- CreateIndex
CREATE UNIQUE INDEX "Lead_opportunityId_key" ON "Lead"("opportunityId");

-- CreateIndex
CREATE INDEX "Lead_createdAt_id_idx" ON "Lead"("createdAt" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "Lead_status_createdAt_id_idx" ON "Lead"("status", "createdAt" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "Lead_ownerId_createdAt_idx" ON "Lead"("ownerId", "createdAt" DESC);

-- CreateIndex
CREATE INDEX "ImportBatch_createdAt_idx" ON "ImportBatch"("createdAt" DESC);

-- CreateIndex
CREATE INDEX "ImportRowError_batchId_row_idx" ON "ImportRowError"("batchId", "row");

-- CreateIndex
CREATE INDEX "Opportunity_tier_position_idx" ON "Opportunity"("tier", "position");

-- CreateIndex
CREATE INDEX "Opportunity_ownerId_tier_idx" ON "Opportunity"("ownerId", "tier");

-- CreateIndex
CREATE INDEX "Opportunity_accountId_idx" ON "Opportunity"("accountId");

-- CreateIndex
CREATE INDEX "Opportunity_businessCategoryId_tier_idx" ON "Opportunity"("businessCategoryId", "tier");

-- CreateIndex
CREATE UNIQUE INDEX "Opportunity_bidNoticeNo_bidRound_key" ON "Opportunity"("bidNoticeNo", "bidRound");

-- CreateIndex
CREATE INDEX "OpportunityContact_contactId_idx" ON "OpportunityContact"("contactId");

-- CreateIndex
CREATE INDEX "OpportunityCompetitor_competitorId_idx" ON "OpportunityCompetitor"("competitorId");

-- CreateIndex
CREATE INDEX "ConsortiumPartner_opportunityId_idx" ON "ConsortiumPartner"("opportunityId");

-- CreateIndex
CREATE INDEX "OpportunityReason_reasonId_idx" ON "OpportunityReason"("reasonId");

-- CreateIndex
CREATE INDEX "TierChange_opportunityId_changedAt_idx" ON "TierChange"("opportunityId", "changedAt");

-- CreateIndex
CREATE INDEX "TierChange_changedAt_idx" ON "TierChange"("changedAt");

-- CreateIndex
CREATE INDEX "TierReview_asOf_idx" ON "TierReview"("asOf" DESC);

-- CreateIndex
CREATE INDEX "TierReviewItem_ownerId_reviewId_idx" ON "TierReviewItem"("ownerId", "reviewId");

-- CreateIndex
CREATE UNIQUE INDEX "TierReviewItem_reviewId_opportunityId_key" ON "TierReviewItem"("reviewId", "opportunityId");

-- CreateIndex
CREATE UNIQUE INDEX "VrbStage_order_key" ON "VrbStage"("order");

-- CreateIndex
CREATE UNIQUE INDEX "VrbStage_code_key" ON "VrbStage"("code");

-- CreateIndex
CREATE INDEX "VrbReview_opportunityId_stageId_idx" ON "VrbReview"("opportunityId", "stageId");

-- CreateIndex
CREATE INDEX "VrbReview_status_scheduledAt_idx" ON "VrbReview"("status", "scheduledAt");

-- CreateIndex
CREATE UNIQUE INDEX "DealEconomics_vrbReviewId_key" ON "DealEconomics"("vrbReviewId");

-- CreateIndex
CREATE INDEX "DealEconomics_opportunityId_idx" ON "DealEconomics"("opportunityId");

-- CreateIndex
CREATE INDEX "PaymentMilestone_opportunityId_idx" ON "PaymentMilestone"("opportunityId");

-- CreateIndex
CREATE INDEX "PaymentMilestone_collectedAt_dueDate_idx" ON "PaymentMilestone"("collectedAt", "dueDate");

-- CreateIndex
CREATE UNIQUE INDEX "VrbAssessment_reviewId_criterion_key" ON "VrbAssessment"("reviewId", "criterion");

-- CreateIndex
CREATE UNIQUE INDEX "VrbOpinion_reviewId_domain_key" ON "VrbOpinion"("reviewId", "domain");

-- CreateIndex
CREATE INDEX "VrbFinding_reviewId_status_idx" ON "VrbFinding"("reviewId", "status");

-- CreateIndex
CREATE INDEX "VrbFinding_status_idx" ON "VrbFinding"("status");

-- CreateIndex
CREATE INDEX "VrbDecision_reviewId_decidedAt_idx" ON "VrbDecision"("reviewId", "decidedAt");

-- CreateIndex
CREATE UNIQUE INDEX "Postmortem_opportunityId_key" ON "Postmortem"("opportunityId");

-- CreateIndex
CREATE INDEX "Lesson_accountId_idx" ON "Lesson"("accountId");

-- CreateIndex
CREATE INDEX "Lesson_competitorId_idx" ON "Lesson"("competitorId");

-- CreateIndex
CREATE INDEX "Lesson_businessCategoryId_idx" ON "Lesson"("businessCategoryId");

-- CreateIndex
CREATE INDEX "ActionItem_postmortemId_idx" ON "ActionItem"("postmortemId");

-- CreateIndex
CREATE UNIQUE INDEX "Competitor_name_key" ON "Competitor"("name");

-- CreateIndex
CREATE INDEX "QaEntry_needType_idx" ON "QaEntry"("needType");

-- CreateIndex
CREATE INDEX "Activity_opportunityId_occurredAt_idx" ON "Activity"("opportunityId", "occurredAt" DESC);

-- CreateIndex
CREATE INDEX "Activity_accountId_occurredAt_idx" ON "Activity"("accountId", "occurredAt" DESC);

-- CreateIndex
CREATE INDEX "AuditLog_entityType_entityId_at_idx" ON "AuditLog"("entityType", "entityId", "at");

-- CreateIndex
CREATE INDEX "AuditLog_actorId_at_idx" ON "AuditLog"("actorId", "at");

-- AddForeignKey
ALTER TABLE "User" ADD CONSTRAINT "User_managerId_fkey" FOREIGN KEY ("managerId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Session" ADD CONSTRAINT "Session_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ApiToken" ADD CONSTRAINT "ApiToken_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Contact" ADD CONSTRAINT "Contact_accountId_fkey" FOREIGN KEY ("accountId") REFERENCES "Account"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Lead" ADD CONSTRAINT "Lead_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Lead" ADD CONSTRAINT "Lead_importBatchId_fkey" FOREIGN KEY ("importBatchId") REFERENCES "ImportBatch"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Lead" ADD CONSTRAINT "Lead_accountId_fkey" FOREIGN KEY ("accountId") REFERENCES "Account"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Lead" ADD CONSTRAINT "Lead_contactId_fkey" FOREIGN KEY ("contactId") REFERENCES "Contact"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Lead" ADD CONSTRAINT "Lead_opportunityId_fkey" FOREIGN KEY ("opportunityId") REFERENCES "Opportunity"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ImportBatch" ADD CONSTRAINT "ImportBatch_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ImportRowError" ADD CONSTRAINT "ImportRowError_batchId_fkey" FOREIGN KEY ("batchId") REFERENCES "ImportBatch"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Opportunity" ADD CONSTRAINT "Opportunity_accountId_fkey" FOREIGN KEY ("accountId") REFERENCES "Account"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Opportunity" ADD CONSTRAINT "Opportunity_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Opportunity" ADD CONSTRAINT "Opportunity_businessCategoryId_fkey" FOREIGN KEY ("businessCategoryId") REFERENCES "BusinessCategory"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Opportunity" ADD CONSTRAINT "Opportunity_salesRegionId_fkey" FOREIGN KEY ("salesRegionId") REFERENCES "SalesRegion"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Opportunity" ADD CONSTRAINT "Opportunity_lostToCompetitorId_fkey" FOREIGN KEY ("lostToCompetitorId") REFERENCES "Competitor"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OpportunityContact" ADD CONSTRAINT "OpportunityContact_opportunityId_fkey" FOREIGN KEY ("opportunityId") REFERENCES "Opportunity"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OpportunityContact" ADD CONSTRAINT "OpportunityContact_contactId_fkey" FOREIGN KEY ("contactId") REFERENCES "Contact"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OpportunityCompetitor" ADD CONSTRAINT "OpportunityCompetitor_opportunityId_fkey" FOREIGN KEY ("opportunityId") REFERENCES "Opportunity"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OpportunityCompetitor" ADD CONSTRAINT "OpportunityCompetitor_competitorId_fkey" FOREIGN KEY ("competitorId") REFERENCES "Competitor"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConsortiumPartner" ADD CONSTRAINT "ConsortiumPartner_opportunityId_fkey" FOREIGN KEY ("opportunityId") REFERENCES "Opportunity"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OpportunityReason" ADD CONSTRAINT "OpportunityReason_opportunityId_fkey" FOREIGN KEY ("opportunityId") REFERENCES "Opportunity"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OpportunityReason" ADD CONSTRAINT "OpportunityReason_reasonId_fkey" FOREIGN KEY ("reasonId") REFERENCES "Reason"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TierChange" ADD CONSTRAINT "TierChange_opportunityId_fkey" FOREIGN KEY ("opportunityId") REFERENCES "Opportunity"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TierChange" ADD CONSTRAINT "TierChange_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TierReviewItem" ADD CONSTRAINT "TierReviewItem_reviewId_fkey" FOREIGN KEY ("reviewId") REFERENCES "TierReview"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TierReviewItem" ADD CONSTRAINT "TierReviewItem_opportunityId_fkey" FOREIGN KEY ("opportunityId") REFERENCES "Opportunity"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VrbReview" ADD CONSTRAINT "VrbReview_opportunityId_fkey" FOREIGN KEY ("opportunityId") REFERENCES "Opportunity"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VrbReview" ADD CONSTRAINT "VrbReview_stageId_fkey" FOREIGN KEY ("stageId") REFERENCES "VrbStage"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DealEconomics" ADD CONSTRAINT "DealEconomics_opportunityId_fkey" FOREIGN KEY ("opportunityId") REFERENCES "Opportunity"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DealEconomics" ADD CONSTRAINT "DealEconomics_vrbReviewId_fkey" FOREIGN KEY ("vrbReviewId") REFERENCES "VrbReview"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PaymentMilestone" ADD CONSTRAINT "PaymentMilestone_opportunityId_fkey" FOREIGN KEY ("opportunityId") REFERENCES "Opportunity"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VrbAssessment" ADD CONSTRAINT "VrbAssessment_reviewId_fkey" FOREIGN KEY ("reviewId") REFERENCES "VrbReview"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VrbOpinion" ADD CONSTRAINT "VrbOpinion_reviewId_fkey" FOREIGN KEY ("reviewId") REFERENCES "VrbReview"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VrbOpinion" ADD CONSTRAINT "VrbOpinion_reviewerId_fkey" FOREIGN KEY ("reviewerId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VrbFinding" ADD CONSTRAINT "VrbFinding_reviewId_fkey" FOREIGN KEY ("reviewId") REFERENCES "VrbReview"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VrbFinding" ADD CONSTRAINT "VrbFinding_raisedById_fkey" FOREIGN KEY ("raisedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VrbDecision" ADD CONSTRAINT "VrbDecision_reviewId_fkey" FOREIGN KEY ("reviewId") REFERENCES "VrbReview"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VrbDecision" ADD CONSTRAINT "VrbDecision_decidedById_fkey" FOREIGN KEY ("decidedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Postmortem" ADD CONSTRAINT "Postmortem_opportunityId_fkey" FOREIGN KEY ("opportunityId") REFERENCES "Opportunity"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Postmortem" ADD CONSTRAINT "Postmortem_winningCompetitorId_fkey" FOREIGN KEY ("winningCompetitorId") REFERENCES "Competitor"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PostmortemAttendee" ADD CONSTRAINT "PostmortemAttendee_postmortemId_fkey" FOREIGN KEY ("postmortemId") REFERENCES "Postmortem"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PostmortemAttendee" ADD CONSTRAINT "PostmortemAttendee_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Lesson" ADD CONSTRAINT "Lesson_postmortemId_fkey" FOREIGN KEY ("postmortemId") REFERENCES "Postmortem"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Lesson" ADD CONSTRAINT "Lesson_accountId_fkey" FOREIGN KEY ("accountId") REFERENCES "Account"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Lesson" ADD CONSTRAINT "Lesson_competitorId_fkey" FOREIGN KEY ("competitorId") REFERENCES "Competitor"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Lesson" ADD CONSTRAINT "Lesson_businessCategoryId_fkey" FOREIGN KEY ("businessCategoryId") REFERENCES "BusinessCategory"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActionItem" ADD CONSTRAINT "ActionItem_postmortemId_fkey" FOREIGN KEY ("postmortemId") REFERENCES "Postmortem"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActionItem" ADD CONSTRAINT "ActionItem_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Activity" ADD CONSTRAINT "Activity_opportunityId_fkey" FOREIGN KEY ("opportunityId") REFERENCES "Opportunity"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Activity" ADD CONSTRAINT "Activity_accountId_fkey" FOREIGN KEY ("accountId") REFERENCES "Account"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Activity" ADD CONSTRAINT "Activity_leadId_fkey" FOREIGN KEY ("leadId") REFERENCES "Lead"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Activity" ADD CONSTRAINT "Activity_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;


-- ───── hand-written: rules the schema language cannot say ─────

-- tiers are 4..1 open and 0 closed; the outcome is OPEN exactly while the tier is open
ALTER TABLE "Opportunity" ADD CONSTRAINT "Opportunity_tier_range" CHECK ("tier" BETWEEN 0 AND 4);
ALTER TABLE "Opportunity" ADD CONSTRAINT "Opportunity_outcome_matches_tier" CHECK (("tier" = 0) = ("outcome" <> 'OPEN'));
ALTER TABLE "Opportunity" ADD CONSTRAINT "Opportunity_last_open_tier_range" CHECK ("lastOpenTier" IS NULL OR "lastOpenTier" BETWEEN 1 AND 4);
ALTER TABLE "TierChange" ADD CONSTRAINT "TierChange_tier_range" CHECK ("toTier" BETWEEN 0 AND 4 AND ("fromTier" IS NULL OR "fromTier" BETWEEN 0 AND 4));
ALTER TABLE "Contact" ADD CONSTRAINT "Contact_power_range" CHECK ("power" IS NULL OR "power" BETWEEN 1 AND 5);
ALTER TABLE "VrbAssessment" ADD CONSTRAINT "VrbAssessment_score_range" CHECK ("score" BETWEEN 1 AND 5);

-- append-only history: rows are never edited (deletes happen only by cascade with their parent)
CREATE FUNCTION tierline_forbid_update() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION '% is append-only', TG_TABLE_NAME USING ERRCODE = 'restrict_violation';
END $$;
CREATE TRIGGER "TierChange_append_only" BEFORE UPDATE ON "TierChange" FOR EACH ROW EXECUTE FUNCTION tierline_forbid_update();
CREATE TRIGGER "VrbDecision_append_only" BEFORE UPDATE ON "VrbDecision" FOR EACH ROW EXECUTE FUNCTION tierline_forbid_update();
CREATE TRIGGER "AuditLog_append_only" BEFORE UPDATE ON "AuditLog" FOR EACH ROW EXECUTE FUNCTION tierline_forbid_update();
