import 'server-only';
import type { DbClient } from '@/lib/db/client';
import type { AppSession } from '@/lib/auth/session';
import { type OpinionError } from '@/lib/domain/vrb';
import type { OpinionInput } from '@/lib/validation/vrb';
import { notFound } from '../../errors';
import { vrbError } from './shared';
export const opinionSelect = {
  id: true,
  reviewId: true,
  domain: true,
  stance: true,
  opinion: true,
  reviewerId: true,
  createdAt: true,
} as const;

export async function loadReview(db: DbClient, id: string) {
  const r = await db.vrbReview.findUnique({
    where: { id },
    select: { id: true, status: true, stage: { select: { requiredDomains: true } }, opinions: { select: opinionSelect } },
  });
  if (!r) throw notFound();
  return r;
}

export async function alreadyGiven(session: AppSession, db: DbClient, reviewId: string, domain: OpinionInput['domain']) {
  const current = await db.vrbOpinion.findUnique({ where: { reviewId_domain: { reviewId, domain } }, select: opinionSelect });
  return vrbError(session, 'CONFLICT', 'opinionAlreadyGiven', { details: current, field: 'domain' });
}

export function opinionError(session: AppSession, e: OpinionError) {
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
