import 'server-only';
import type { Db, DbClient } from '@/lib/db/client';
import type { AppSession } from '@/lib/auth/session';
import {
  deleteOpportunityExpert,
  getExpertRow,
  getOpportunityExpert,
  listOpportunityExperts,
  upsertOpportunityExpert,
  type OpportunityExpertRow,
} from '@/lib/db/queries/experts';
import type { LinkExpertInput } from '@/lib/validation/experts';
import { assertCan } from '@/lib/server/authorize';
import { auditChange } from '../../audit';
import { DomainError, notFound } from '../../errors';
import { withEditableOpportunity } from '../refusal';

// The experts who helped a deal (issue 12 item 4): linked and unlinked by whoever may edit the deal.

export const serializeOpportunityExpert = (r: OpportunityExpertRow) => ({ ...r, createdAt: r.createdAt.toISOString() });
export type OpportunityExpertDto = ReturnType<typeof serializeOpportunityExpert>;
const items = async (db: Db, opportunityId: string) => ({
  items: (await listOpportunityExperts(db, opportunityId)).map(serializeOpportunityExpert),
});

/**
 * PUT /api/v1/opportunities/{id}/experts/{expertId} and the opportunity page's experts card: link an
 * expert to a deal with what they did (or change it). Idempotent; one audit row.
 */
export async function linkExpert(db: DbClient, session: AppSession, input: LinkExpertInput) {
  assertCan(session, 'opportunity:edit');
  return withEditableOpportunity(db, session, input.opportunityId, async (tx) => {
    if (!(await getExpertRow(tx, input.expertId)))
      throw new DomainError('VALIDATION', 'validation', { fields: [{ path: 'expertId', message: 'experts.errors.unknownExpert' }] });
    const before = await getOpportunityExpert(tx, input.opportunityId, input.expertId);
    const data = {
      ...(input.role !== undefined ? { role: input.role ?? null } : {}),
      ...(input.note !== undefined ? { note: input.note ?? null } : {}),
    };
    await upsertOpportunityExpert(tx, { opportunityId: input.opportunityId, expertId: input.expertId, createdById: session.userId }, data);
    await auditChange(tx, session, 'opportunity.expert.link', 'Opportunity', input.opportunityId, {
      before: before ? { expertId: input.expertId, ...before } : undefined,
      after: { expertId: input.expertId, ...data },
    });
    return items(tx, input.opportunityId);
  });
}

/** DELETE /api/v1/opportunities/{id}/experts/{expertId}. */
export async function unlinkExpert(db: DbClient, session: AppSession, input: { opportunityId: string; expertId: string }) {
  assertCan(session, 'opportunity:edit');
  return withEditableOpportunity(db, session, input.opportunityId, async (tx) => {
    const before = await getOpportunityExpert(tx, input.opportunityId, input.expertId);
    if (!before || !(await deleteOpportunityExpert(tx, input.opportunityId, input.expertId))) throw notFound();
    await auditChange(tx, session, 'opportunity.expert.unlink', 'Opportunity', input.opportunityId, {
      before: { expertId: input.expertId, ...before },
    });
    return items(tx, input.opportunityId);
  });
}

/** GET /api/v1/opportunities/{id}/experts and the opportunity page. */
export async function getOpportunityExperts(db: DbClient, session: AppSession, opportunityId: string) {
  assertCan(session, 'opportunity:read');
  return items(db, opportunityId);
}
