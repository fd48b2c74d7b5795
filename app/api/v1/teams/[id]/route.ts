import { db } from '@/lib/db/client';
import { apiRoute } from '@/lib/server/api';
import { updateTeam } from '@/lib/server/commands/people';
import { teamIdParamsSchema, updateTeamBodySchema } from '@/lib/validation/users';

// PATCH /api/v1/teams/{id} { name?, active? } → 200 the team (teams are deactivated, never deleted).
export const PATCH = apiRoute(
  { permission: 'users:manage', params: teamIdParamsSchema, body: updateTeamBodySchema },
  async ({ session, params, body }) => updateTeam(db, session, { teamId: params.id, ...body }),
);
