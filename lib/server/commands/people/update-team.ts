import 'server-only';
import type { DbClient } from '@/lib/db/client';
import type { AppSession } from '@/lib/auth/session';
import { auditChange } from '../../audit';
import { DomainError, notFound } from '../../errors';
import { requirePermission } from './shared';
import { getTeam, teamNamed, writeTeam } from '@/lib/db/queries/teams';

/** Rename or (de)activate a team. Teams are never deleted: members keep their team. */
export async function updateTeam(db: DbClient, session: AppSession, input: { teamId: string; name?: string; active?: boolean }) {
  requirePermission(session, 'users:manage');
  return db.$transaction(async (tx) => {
    const before = await getTeam(tx, input.teamId);
    if (!before) throw notFound();
    if (input.name && input.name !== before.name) {
      const other = await teamNamed(tx, input.name);
      if (other)
        throw new DomainError('CONFLICT', 'people.errors.teamTaken', {
          params: { name: input.name },
          details: { id: other.id },
          fields: [{ path: 'name', message: 'taken' }],
        });
    }
    const after = await writeTeam(tx, input.teamId, { name: input.name ?? before.name, active: input.active ?? before.active });
    await auditChange(tx, session, 'team.update', 'Team', before.id, { before, after });
    return after;
  });
}
