import 'server-only';
import type { DbClient } from '@/lib/db/client';
import type { AppSession } from '@/lib/auth/session';
import { editableWhere } from '@/lib/db/queries/opportunities';
import { answerFinding as answerRule, verifyFinding as verifyRule, type FindingError } from '@/lib/domain/vrb';
import type { AnswerFindingInput, VerifyFindingInput } from '@/lib/validation/vrb';
import { audit } from '../../audit';
import { notFound } from '../../errors';
import { findingSelect, getFinding, vrbError } from './shared';
import { assertCan } from '@/lib/server/authorize';

function findingError(session: AppSession, e: FindingError) {
  switch (e.code) {
    case 'NOT_OPEN':
      return vrbError(session, 'UNPROCESSABLE', 'findingNotOpen', { params: { status: e.status } });
    case 'NOT_ANSWERED':
      return vrbError(session, 'UNPROCESSABLE', 'findingNotAnswered', { params: { status: e.status } });
    case 'ANSWER_REQUIRED':
      return vrbError(session, 'VALIDATION', 'answerRequired', { field: 'answer' });
    case 'NOTE_REQUIRED':
      return vrbError(session, 'UNPROCESSABLE', 'noteRequired', { field: 'note' });
    case 'NOT_YOUR_DOMAIN':
      return vrbError(session, 'FORBIDDEN', 'notYourDomain');
  }
}

const staleVersion = async (db: DbClient, session: AppSession, id: string) =>
  vrbError(session, 'CONFLICT', 'findingChanged', { details: await getFinding(db, id) });

/**
 * The rep side answers a finding on its own deal (reps: their own, managers: their team's;
 * "not found" and "not yours" look the same): OPEN → ANSWERED, compare-and-set on version.
 */
export async function answerFinding(db: DbClient, session: AppSession, findingId: string, input: AnswerFindingInput) {
  assertCan(session, 'vrb:finding:answer');
  const finding = await db.vrbFinding.findFirst({
    where: { id: findingId, review: { opportunity: editableWhere(session) } },
    select: findingSelect,
  });
  if (!finding) throw notFound();
  if (finding.version !== input.version) throw await staleVersion(db, session, findingId);
  const rule = answerRule(finding, input.answer);
  if (!rule.ok) throw findingError(session, rule.error);
  const now = new Date();
  return db.$transaction(async (tx) => {
    const { count } = await tx.vrbFinding.updateMany({
      where: { id: findingId, version: input.version },
      data: { status: 'ANSWERED', answer: rule.value.answer, answeredById: session.userId, answeredAt: now, version: { increment: 1 } },
    });
    if (count === 0) throw await staleVersion(db, session, findingId);
    await audit(tx, {
      actorId: session.userId,
      action: 'vrb.finding.answer',
      entityType: 'VrbFinding',
      entityId: findingId,
      before: { status: finding.status, answer: finding.answer, version: finding.version },
      after: { status: 'ANSWERED', answer: rule.value.answer, version: finding.version + 1 },
    });
    return (await getFinding(tx, findingId))!;
  });
}

/**
 * A VRB member of the finding's domain verifies the answer: resolved → RESOLVED; not resolved →
 * back to OPEN with a note (kept in the audit row, shown on the review page) for the rep to answer
 * again. Compare-and-set on version.
 */
export async function verifyFinding(db: DbClient, session: AppSession, findingId: string, input: VerifyFindingInput) {
  assertCan(session, 'vrb:finding:verify');
  const finding = await getFinding(db, findingId);
  if (!finding) throw notFound();
  if (finding.version !== input.version) throw await staleVersion(db, session, findingId);
  const rule = verifyRule(finding, session.vrbDomains, input);
  if (!rule.ok) throw findingError(session, rule.error);
  const now = new Date();
  const resolved = rule.value.status === 'RESOLVED';
  return db.$transaction(async (tx) => {
    const { count } = await tx.vrbFinding.updateMany({
      where: { id: findingId, version: input.version },
      data: { status: rule.value.status, verifiedById: session.userId, resolvedAt: resolved ? now : null, version: { increment: 1 } },
    });
    if (count === 0) throw await staleVersion(db, session, findingId);
    await audit(tx, {
      actorId: session.userId,
      action: resolved ? 'vrb.finding.resolve' : 'vrb.finding.reopen',
      entityType: 'VrbFinding',
      entityId: findingId,
      before: { status: finding.status, version: finding.version },
      after: { status: rule.value.status, note: rule.value.note, version: finding.version + 1 },
    });
    return (await getFinding(tx, findingId))!;
  });
}
