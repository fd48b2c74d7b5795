import 'server-only';
import { notifyVrbDealOwner } from '@/lib/db/queries/notifications';
import type { DbClient } from '@/lib/db/client';
import type { AppSession } from '@/lib/auth/session';
import { Prisma } from '@/lib/db/generated/client';
import { checkFindingDueDate, checkOpinion, checkRaiseFinding, type OpinionError } from '@/lib/domain/vrb';
import type { FindingInput, OpinionInput } from '@/lib/validation/vrb';
import { audit } from '../../audit';
import { notFound } from '../../errors';
import { findingSelect, vrbError } from './shared';
import { assertCan } from '@/lib/server/authorize';

const opinionSelect = { id: true, reviewId: true, domain: true, stance: true, opinion: true, reviewerId: true, createdAt: true } as const;

async function loadReview(db: DbClient, id: string) {
  const r = await db.vrbReview.findUnique({
    where: { id },
    select: { id: true, status: true, stage: { select: { requiredDomains: true } }, opinions: { select: opinionSelect } },
  });
  if (!r) throw notFound();
  return r;
}

async function alreadyGiven(session: AppSession, db: DbClient, reviewId: string, domain: OpinionInput['domain']) {
  const current = await db.vrbOpinion.findUnique({ where: { reviewId_domain: { reviewId, domain } }, select: opinionSelect });
  return vrbError(session, 'CONFLICT', 'opinionAlreadyGiven', { details: current, field: 'domain' });
}

function opinionError(session: AppSession, e: OpinionError) {
  switch (e.code) {
    case 'REVIEW_CLOSED':
      return vrbError(session, 'UNPROCESSABLE', 'reviewClosed');
    case 'NOT_YOUR_DOMAIN':
      return vrbError(session, 'FORBIDDEN', 'notYourDomain', { field: 'domain' });
    case 'DOMAIN_NOT_REQUIRED':
      return vrbError(session, 'UNPROCESSABLE', 'domainNotRequired', { field: 'domain' });
    case 'ALREADY_GIVEN':
      return null; // answered with the current opinion by the caller
  }
}

/**
 * A VRB member records the opinion of one required domain they hold (session.vrbDomains), once
 * per review and domain (VrbOpinion(reviewId, domain) unique: a concurrent second one is a 409
 * with the opinion that won). The committee reviews every deal: no owner scoping.
 */
export async function recordOpinion(db: DbClient, session: AppSession, reviewId: string, input: OpinionInput) {
  assertCan(session, 'vrb:opinion');
  const review = await loadReview(db, reviewId);
  const check = checkOpinion(
    { status: review.status, requiredDomains: review.stage.requiredDomains, opinionDomains: review.opinions.map((o) => o.domain) },
    session.vrbDomains,
    input.domain,
  );
  if (!check.ok) throw opinionError(session, check.error) ?? (await alreadyGiven(session, db, reviewId, input.domain));
  try {
    return await db.$transaction(async (tx) => {
      // the review must still be open when the row is written (a decision locks it FOR UPDATE)
      const [locked] = await tx.$queryRaw<
        { status: string }[]
      >`SELECT status::text AS status FROM "VrbReview" WHERE id = ${reviewId}::uuid FOR SHARE`;
      if (locked?.status !== 'SCHEDULED') throw vrbError(session, 'UNPROCESSABLE', 'reviewClosed');
      const opinion = await tx.vrbOpinion.create({
        data: {
          reviewId,
          domain: input.domain,
          reviewerId: session.userId,
          stance: input.recommendation ?? 'SUPPORT',
          opinion: input.opinion,
        },
        select: opinionSelect,
      });
      await audit(tx, {
        actorId: session.userId,
        action: 'vrb.opinion.record',
        entityType: 'VrbOpinion',
        entityId: opinion.id,
        after: opinion,
      });
      return opinion;
    });
  } catch (e) {
    if (e instanceof Prisma.PrismaClientKnownRequestError && e.code === 'P2002')
      throw await alreadyGiven(session, db, reviewId, input.domain);
    throw e;
  }
}

/** A VRB member raises a finding (issue, severity, required fix) in a domain they hold. */
export async function raiseFinding(db: DbClient, session: AppSession, reviewId: string, input: FindingInput) {
  assertCan(session, 'vrb:finding:raise');
  return db.$transaction(async (tx) => {
    const [review] = await tx.$queryRaw<
      { status: 'SCHEDULED' | 'DECIDED' | 'CANCELLED'; scheduledAt: Date }[]
    >`SELECT status::text AS status, "scheduledAt" FROM "VrbReview" WHERE id = ${reviewId}::uuid FOR SHARE`;
    if (!review) throw notFound();
    const due = checkFindingDueDate(input.dueDate ?? null, review.scheduledAt);
    if (!due.ok) throw vrbError(session, 'VALIDATION', 'dueBeforeReview', { field: 'dueDate' });
    const check = checkRaiseFinding(review, session.vrbDomains, input.domain);
    if (!check.ok) {
      if (check.error.code === 'REVIEW_CLOSED') throw vrbError(session, 'UNPROCESSABLE', 'reviewClosed');
      if (check.error.code === 'DOMAIN_REQUIRED') throw vrbError(session, 'VALIDATION', 'domainRequired', { field: 'domain' });
      throw vrbError(session, 'FORBIDDEN', 'notYourDomain', { field: 'domain' });
    }
    const finding = await tx.vrbFinding.create({
      data: {
        reviewId,
        domain: check.value.domain,
        raisedById: session.userId,
        issue: input.issue,
        severity: input.severity,
        requiredFix: input.requiredFix,
        dueDate: due.value,
      },
      select: findingSelect,
    });
    await audit(tx, {
      actorId: session.userId,
      action: 'vrb.finding.raise',
      entityType: 'VrbFinding',
      entityId: finding.id,
      after: finding,
    });
    await notifyVrbDealOwner(tx, reviewId, 'FINDING_RAISED', { issue: input.issue }, session.userId);
    return finding;
  });
}
