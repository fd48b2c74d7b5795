import { NextResponse } from 'next/server';
import { db } from '@/lib/db/client';
import { apiRoute } from '@/lib/server/api';
import { createCompetitor, listCompetitorsCmd } from '@/lib/server/commands/tools';
import { createCompetitorBodySchema, listCompetitorsQuerySchema } from '@/lib/validation/tools';

// GET /api/v1/competitors?q= → { items } by name (spaces and case aside).
// POST → 201 { competitor, created: true }, or 200 { competitor, created: false } when the name
// (spaces, case and width aside) is an existing competitor's: the same command as every picker's "create".
export const GET = apiRoute({ permission: 'opportunity:read', query: listCompetitorsQuerySchema }, ({ session, query }) =>
  listCompetitorsCmd(db, session, query),
);

export const POST = apiRoute({ permission: 'tools:edit', body: createCompetitorBodySchema }, async ({ session, body }) => {
  const r = await createCompetitor(db, session, body);
  return NextResponse.json(r, { status: r.created ? 201 : 200 });
});
