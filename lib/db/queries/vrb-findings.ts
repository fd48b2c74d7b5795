import 'server-only';
import type { Db } from '@/lib/db/client';
import type { Prisma } from '@/lib/db/generated/client';
import { editableOpportunityWhere } from '@/lib/db/access';
import type { Actor } from '@/lib/domain/access';

// VRB findings (SPEC §4), write side: a member raises one on a review, the rep side answers it, a
// member of its domain verifies the answer. Every change is a compare-and-set on `version`.

/** A finding's own columns: the review's record lists them (with who raised it), the commands add its review. */
export const FINDING_COLUMNS = {
  id: true,
  domain: true,
  issue: true,
  severity: true,
  requiredFix: true,
  status: true,
  answer: true,
  answeredAt: true,
  resolvedAt: true,
  createdAt: true,
  dueDate: true,
  version: true,
} as const satisfies Prisma.VrbFindingSelect;

export const findingSelect = { ...FINDING_COLUMNS, reviewId: true } as const satisfies Prisma.VrbFindingSelect;

/** The finding as the commands answer with it (a 409's body too), or null. */
export function getFinding(db: Db, id: string) {
  return db.vrbFinding.findUnique({ where: { id }, select: findingSelect });
}

/** The finding if it sits on a deal the actor may edit (the rep side answering it), else null. */
export function getFindingOnEditableDeal(db: Db, actor: Actor, id: string) {
  return db.vrbFinding.findFirst({
    where: { id, review: { opportunity: editableOpportunityWhere(actor) } },
    select: findingSelect,
  });
}

export function insertFinding(
  db: Db,
  f: Pick<Prisma.VrbFindingUncheckedCreateInput, 'reviewId' | 'domain' | 'raisedById' | 'issue' | 'severity' | 'requiredFix' | 'dueDate'>,
) {
  return db.vrbFinding.create({ data: f, select: findingSelect });
}

/** OPEN → ANSWERED if the finding is still at `version`; false when someone changed it first. */
export async function recordFindingAnswer(
  db: Db,
  id: string,
  version: number,
  a: { answer: string; answeredById: string; answeredAt: Date },
) {
  const { count } = await db.vrbFinding.updateMany({
    where: { id, version },
    data: { status: 'ANSWERED', ...a, version: { increment: 1 } },
  });
  return count > 0;
}

/** The verifier's verdict (RESOLVED, or back to OPEN) if the finding is still at `version`; false otherwise. */
export async function recordFindingVerdict(
  db: Db,
  id: string,
  version: number,
  v: { status: 'RESOLVED' | 'OPEN'; verifiedById: string; resolvedAt: Date | null },
) {
  const { count } = await db.vrbFinding.updateMany({ where: { id, version }, data: { ...v, version: { increment: 1 } } });
  return count > 0;
}
