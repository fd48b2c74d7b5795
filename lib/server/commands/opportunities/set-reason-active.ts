import 'server-only';
import { z } from '@/lib/validation/z';
import type { DbClient } from '@/lib/db/client';
import type { AppSession } from '@/lib/auth/session';
import type { setReasonActiveSchema } from '@/lib/validation/opportunities';
import { findReason, setReasonActive as writeReasonActive } from '@/lib/db/queries/reasons';
import { auditChange } from '../../audit';
import { notFound } from '../../errors';
import { assertCan } from '@/lib/server/authorize';

export async function setReasonActive(db: DbClient, session: AppSession, input: z.infer<typeof setReasonActiveSchema>) {
  assertCan(session, 'settings:manage');
  return db.$transaction(async (tx) => {
    const r = await findReason(tx, input.reasonId);
    if (!r) throw notFound();
    await writeReasonActive(tx, input.reasonId, input.active);
    await auditChange(tx, session, 'reason.active', 'Reason', input.reasonId, {
      before: { active: r.active },
      after: { active: input.active },
    });
  });
}
