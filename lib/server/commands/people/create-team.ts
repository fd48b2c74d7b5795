import 'server-only';
import type { DbClient } from '@/lib/db/client';
import type { AppSession } from '@/lib/auth/session';
import { auditChange } from '../../audit';
import { DomainError } from '../../errors';
import { requirePermission } from './shared';
import { insertTeam, teamNamed } from '@/lib/db/queries/teams';

export async function createTeam(db: DbClient, session: AppSession, input: { name: string }) {
  requirePermission(session, 'users:manage');
  return db.$transaction(async (tx) => {
    const existing = await teamNamed(tx, input.name);
    if (existing)
      throw new DomainError('CONFLICT', 'people.errors.teamTaken', {
        params: { name: input.name },
        details: existing,
        fields: [{ path: 'name', message: 'taken' }],
      });
    const team = await insertTeam(tx, input.name);
    await auditChange(tx, session, 'team.create', 'Team', team.id, { after: team });
    return team;
  });
}
