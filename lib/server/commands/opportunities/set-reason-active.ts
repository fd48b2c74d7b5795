import 'server-only';
import { z } from '@/lib/validation/z';
import type { DbClient } from '@/lib/db/client';
import type { AppSession } from '@/lib/auth/session';
import type { setReasonActiveSchema } from '@/lib/validation/opportunities';
import { audit } from '../../audit';
import { notFound } from '../../errors';
import { assertCan } from '@/lib/server/authorize';

export async function setReasonActive(db: DbClient, session: AppSession, input: z.infer<typeof setReasonActiveSchema>) {
  assertCan(session, 'settings:manage');
  return db.$transaction(async (tx) => {
    const r = await tx.reason.findUnique({ where: { id: input.reasonId }, select: { active: true, kind: true } });
    if (!r) throw notFound();
    await tx.reason.update({ where: { id: input.reasonId }, data: { active: input.active } });
    await audit(tx, {
      actorId: session.userId,
      action: 'reason.active',
      entityType: 'Reason',
      entityId: input.reasonId,
      before: { active: r.active },
      after: { active: input.active },
    });
  });
}
