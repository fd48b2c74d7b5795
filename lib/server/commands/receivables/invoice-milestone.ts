import 'server-only';
import { assertCan } from '@/lib/server/authorize';
import type { DbClient } from '@/lib/db/client';
import type { AppSession } from '@/lib/auth/session';
import { can } from '@/lib/auth/permissions';
import { compareAmounts } from '@/lib/domain/receivables/rules';
import { koreaToday } from '@/lib/domain/time/korea';
import { translateError } from '@/lib/i18n/translate';
import type { InvoiceMilestoneInput } from '@/lib/validation/receivables';
import { DomainError, forbidden } from '../../errors';
import { auditMilestone, changeMilestone, isFinanceMember, loadMilestoneForChange } from './shared';

const fieldError = (session: AppSession, key: string, path: string) =>
  new DomainError('VALIDATION', key, { fields: [{ path, message: translateError(session.locale, key) }] });

/**
 * POST /api/v1/payment-milestones/{id}/invoice { invoicedAmount, invoicedOn, version }: the total
 * invoiced so far and the latest invoice date; collected ≤ invoiced ≤ amount (issue #11). The rep
 * side on their own / team's won deals, the finance VRB member on any. Version CAS, audit row.
 */
export async function invoiceMilestone(db: DbClient, session: AppSession, input: InvoiceMilestoneInput, now = new Date()) {
  assertCan(session, 'receivable:collect');
  const unscoped = isFinanceMember(session);
  if (!unscoped && !can(session.roles, 'receivable:edit')) throw forbidden();
  const today = koreaToday(now);
  return db.$transaction(async (tx) => {
    const { before } = await loadMilestoneForChange(tx, session, input, today, unscoped);
    if (compareAmounts(input.invoicedAmount, before.amount.toString()) > 0)
      throw fieldError(session, 'vrb.errors.invoiceOverAmount', 'invoicedAmount');
    if (compareAmounts(before.collectedAmount?.toString() ?? '0', input.invoicedAmount) > 0)
      throw fieldError(session, 'vrb.errors.collectedOverInvoiced', 'invoicedAmount');
    if (input.invoicedOn > today) throw fieldError(session, 'vrb.errors.invoiceInFuture', 'invoicedOn');
    const invoicedAt = new Date(`${input.invoicedOn}T00:00:00Z`);
    const after = await changeMilestone(tx, before.id, input.version, { invoicedAmount: input.invoicedAmount, invoicedAt }, today);
    await auditMilestone(tx, session, 'receivable.milestone.invoice', before.id, {
      before: { invoicedAmount: before.invoicedAmount?.toString() ?? null, version: before.version },
      after: { invoicedAmount: input.invoicedAmount, invoicedOn: input.invoicedOn, version: after.version },
    });
    return {
      id: after.id,
      opportunityId: after.opportunityId,
      amount: after.amount.toString(),
      invoicedAmount: after.invoicedAmount?.toString() ?? null,
      invoicedAt: after.invoicedAt ? after.invoicedAt.toISOString().slice(0, 10) : null,
      collectedAmount: after.collectedAmount?.toString() ?? null,
      version: after.version,
    };
  });
}
