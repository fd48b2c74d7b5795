import 'server-only';
import { mayEdit } from '@/lib/domain/access';
import type { Db } from '@/lib/db/client';
import type { AppSession } from '@/lib/auth/session';
import { can } from '@/lib/auth/permissions';
import { getSchedule } from '@/lib/db/queries/receivables';
import { checkSchedule } from '@/lib/domain/receivables/rules';
import { koreaToday } from '@/lib/domain/time/korea';
import { notFound } from '../../errors';
import { milestoneView, contractOf, isFinanceMember } from './shared';

/** The schedule editor: the deal, its milestones, whether this user may edit it, and the schedule check. */
export async function getScheduleView(db: Db, session: AppSession, opportunityId: string, now = new Date()) {
  const today = koreaToday(now);
  const o = await getSchedule(db, opportunityId);
  if (!o) throw notFound();
  const editable =
    can(session.roles, 'receivable:edit') &&
    o.outcome === 'WON' &&
    mayEdit(session, { ownerId: o.ownerId, ownerManagerId: o.owner.managerId });
  const contract = contractOf(o);
  const check = checkSchedule(
    contract,
    o.milestones.map((m) => m.amount.toString()),
  );
  return {
    opportunity: {
      id: o.id,
      name: o.name,
      outcome: o.outcome,
      accountId: o.account.id,
      accountName: o.account.name,
      ownerName: o.owner.name,
      contractAmount: contract,
    },
    milestones: o.milestones.map((m) => milestoneView(m, today)),
    editable,
    // record invoices and collections: the rep side on their deals, the finance VRB member on any won deal
    collectable: can(session.roles, 'receivable:collect') && o.outcome === 'WON' && (editable || isFinanceMember(session)),
    scheduled: check.ok ? check.value.scheduled : null,
    unscheduled: check.ok ? check.value.unscheduled : null,
    today,
  };
}
