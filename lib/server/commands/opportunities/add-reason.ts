import 'server-only';
import { z } from '@/lib/validation/z';
import type { DbClient } from '@/lib/db/client';
import type { AppSession } from '@/lib/auth/session';
import type { addReasonSchema } from '@/lib/validation/opportunities';
import { audit } from '../../audit';
import { DomainError } from '../../errors';
import { assertCan } from '@/lib/server/authorize';

export async function addReason(db: DbClient, session: AppSession, input: z.infer<typeof addReasonSchema>) {
  assertCan(session, 'settings:manage');
  return db.$transaction(async (tx) => {
    const exists = await tx.reason.findUnique({ where: { kind_code: { kind: input.kind, code: input.code } }, select: { id: true } });
    if (exists) throw new DomainError('VALIDATION', 'validation', { fields: [{ path: 'code', message: 'code already used' }] });
    const max = await tx.reason.aggregate({ where: { kind: input.kind }, _max: { sortOrder: true } });
    const r = await tx.reason.create({ data: { ...input, sortOrder: (max._max.sortOrder ?? 0) + 1 }, select: { id: true } });
    await audit(tx, { actorId: session.userId, action: 'reason.create', entityType: 'Reason', entityId: r.id, after: input });
    return r;
  });
}
