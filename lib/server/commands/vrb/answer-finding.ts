import 'server-only';
import type { DbClient } from '@/lib/db/client';
import type { AppSession } from '@/lib/auth/session';
import { getFinding, getFindingOnEditableDeal, recordFindingAnswer } from '@/lib/db/queries/vrb-findings';
import { answerFinding as answerRule } from '@/lib/domain/vrb';
import type { AnswerFindingInput } from '@/lib/validation/vrb';
import { auditChange } from '../../audit';
import { refusal } from '../refusal';
import { assertCan } from '@/lib/server/authorize';
import { findingError, staleVersion } from './finding-shared';

/**
 * The rep side answers a finding on its own deal (reps: their own, managers: their team's;
 * a readable finding on someone else's deal → 403, a missing one → 404): OPEN → ANSWERED, compare-and-set on version.
 */
export async function answerFinding(db: DbClient, session: AppSession, findingId: string, input: AnswerFindingInput) {
  assertCan(session, 'vrb:finding:answer');
  const finding = await getFindingOnEditableDeal(db, session, findingId);
  if (!finding) throw await refusal(db, 'finding', findingId);
  if (finding.version !== input.version) throw await staleVersion(db, session, findingId);
  const rule = answerRule(finding, input.answer);
  if (!rule.ok) throw findingError(session, rule.error);
  const now = new Date();
  return db.$transaction(async (tx) => {
    if (
      !(await recordFindingAnswer(tx, findingId, input.version, {
        answer: rule.value.answer,
        answeredById: session.userId,
        answeredAt: now,
      }))
    )
      throw await staleVersion(db, session, findingId);
    await auditChange(tx, session, 'vrb.finding.answer', 'VrbFinding', findingId, {
      before: { status: finding.status, answer: finding.answer, version: finding.version },
      after: { status: 'ANSWERED', answer: rule.value.answer, version: finding.version + 1 },
    });
    return (await getFinding(tx, findingId))!;
  });
}
