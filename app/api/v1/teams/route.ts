import { NextResponse } from 'next/server';
import { db } from '@/lib/db/client';
import { apiRoute } from '@/lib/server/api';
import { createTeam } from '@/lib/server/commands/people';
import { listTeams } from '@/lib/db/queries/users';
import { createTeamSchema } from '@/lib/validation/users';

export const GET = apiRoute({ permission: 'users:manage' }, async () => ({ data: await listTeams(db) }));

// POST /api/v1/teams { name } → 201 the team; 409 a team of that name exists.
export const POST = apiRoute({ permission: 'users:manage', body: createTeamSchema }, async ({ session, body }) =>
  NextResponse.json(await createTeam(db, session, body), { status: 201 }),
);
