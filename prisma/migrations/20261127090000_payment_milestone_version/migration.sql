-- Receivables (SPEC §6): optimistic concurrency for payment milestones
ALTER TABLE "PaymentMilestone" ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;
