import 'server-only';
import { z } from '@/lib/validation/z';
import type { DbClient } from '@/lib/db/client';
import type { AppSession } from '@/lib/auth/session';
import type { addReasonSchema } from '@/lib/validation/opportunities';
import { insertReasonLast, reasonCodeTaken } from '@/lib/db/queries/reasons';
import { auditChange } from '../../audit';
import { DomainError } from '../../errors';
import { assertCan } from '@/lib/server/authorize';

export async function addReason(db: DbClient, session: AppSession, input: z.infer<typeof addReasonSchema>) {
  assertCan(session, 'settings:manage');
  return db.$transaction(async (tx) => {
    if (await reasonCodeTaken(tx, input.kind, input.code))
      throw new DomainError('VALIDATION', 'validation', { fields: [{ path: 'code', message: 'code already used' }] });
    const r = await insertReasonLast(tx, input);
    await auditChange(tx, session, 'reason.create', 'Reason', r.id, { after: input });
    return r;
  });
}
