import 'server-only';
import type { DbClient } from '@/lib/db/client';
import type { AppSession } from '@/lib/auth/session';
import {
  deleteOpportunityCompetitor,
  getCompetitorRow,
  listOpportunityCompetitors,
  upsertOpportunityCompetitor,
} from '@/lib/db/queries/competitors';
import type { LinkCompetitorInput } from '@/lib/validation/tools';
import { assertCan } from '@/lib/server/authorize';
import { auditChange } from '../../audit';
import { DomainError, notFound } from '../../errors';
import { withEditableOpportunity } from '../refusal';

/**
 * PUT /api/v1/opportunities/{id}/competitors/{competitorId} and the opportunity page: link a
 * competitor to a deal (or change our position against it). Idempotent; one audit row.
 */
export async function linkCompetitor(db: DbClient, session: AppSession, input: LinkCompetitorInput) {
  assertCan(session, 'opportunity:edit');
  return withEditableOpportunity(db, session, input.opportunityId, async (tx) => {
    if (!(await getCompetitorRow(tx, input.competitorId)))
      throw new DomainError('VALIDATION', 'validation', { fields: [{ path: 'competitorId', message: 'unknown competitor' }] });
    const data = {
      ...(input.position !== undefined ? { position: input.position } : {}),
      ...(input.positionNote !== undefined ? { positionNote: input.positionNote ?? null } : {}),
    };
    await upsertOpportunityCompetitor(tx, input.opportunityId, input.competitorId, data);
    await auditChange(tx, session, 'opportunity.competitor.link', 'Opportunity', input.opportunityId, {
      after: { competitorId: input.competitorId, ...data },
    });
    return { items: await listOpportunityCompetitors(tx, input.opportunityId) };
  });
}

/** DELETE /api/v1/opportunities/{id}/competitors/{competitorId}. */
export async function unlinkCompetitor(db: DbClient, session: AppSession, input: { opportunityId: string; competitorId: string }) {
  assertCan(session, 'opportunity:edit');
  return withEditableOpportunity(db, session, input.opportunityId, async (tx) => {
    if (!(await deleteOpportunityCompetitor(tx, input.opportunityId, input.competitorId))) throw notFound();
    await auditChange(tx, session, 'opportunity.competitor.unlink', 'Opportunity', input.opportunityId, {
      before: { competitorId: input.competitorId },
    });
    return { items: await listOpportunityCompetitors(tx, input.opportunityId) };
  });
}

export async function getOpportunityCompetitors(db: DbClient, session: AppSession, opportunityId: string) {
  assertCan(session, 'opportunity:read');
  return { items: await listOpportunityCompetitors(db, opportunityId) };
}
