import 'server-only';
import type { DbClient } from '@/lib/db/client';
import type { AppSession } from '@/lib/auth/session';
import { audit } from '../../audit';
import { DomainError, notFound } from '../../errors';
import { requirePermission } from './shared';

/** Rename or (de)activate a team. Teams are never deleted: members keep their team. */
export async function updateTeam(db: DbClient, session: AppSession, input: { teamId: string; name?: string; active?: boolean }) {
  requirePermission(session, 'users:manage');
  return db.$transaction(async (tx) => {
    const before = await tx.team.findUnique({ where: { id: input.teamId }, select: { id: true, name: true, active: true } });
    if (!before) throw notFound();
    if (input.name && input.name !== before.name) {
      const other = await tx.team.findUnique({ where: { name: input.name }, select: { id: true } });
      if (other)
        throw new DomainError('CONFLICT', 'people.errors.teamTaken', {
          params: { name: input.name },
          details: other,
          fields: [{ path: 'name', message: 'taken' }],
        });
    }
    const after = await tx.team.update({
      where: { id: input.teamId },
      data: { name: input.name ?? before.name, active: input.active ?? before.active },
      select: { id: true, name: true, active: true },
    });
    await audit(tx, { actorId: session.userId, action: 'team.update', entityType: 'Team', entityId: before.id, before, after });
    return after;
  });
}
