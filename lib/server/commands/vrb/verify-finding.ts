import 'server-only';
import type { DbClient } from '@/lib/db/client';
import { getFinding, recordFindingVerdict } from '@/lib/db/queries/vrb-findings';
import type { AppSession } from '@/lib/auth/session';
import { verifyFinding as verifyRule } from '@/lib/domain/vrb';
import type { VerifyFindingInput } from '@/lib/validation/vrb';
import { auditChange } from '../../audit';
import { notFound } from '../../errors';
import { assertCan } from '@/lib/server/authorize';
import { findingError, staleVersion } from './finding-shared';

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
    const verdict = { status: rule.value.status, verifiedById: session.userId, resolvedAt: resolved ? now : null };
    if (!(await recordFindingVerdict(tx, findingId, input.version, verdict))) throw await staleVersion(db, session, findingId);
    await auditChange(tx, session, resolved ? 'vrb.finding.resolve' : 'vrb.finding.reopen', 'VrbFinding', findingId, {
      before: { status: finding.status, version: finding.version },
      after: { status: rule.value.status, note: rule.value.note, version: finding.version + 1 },
    });
    return (await getFinding(tx, findingId))!;
  });
}
