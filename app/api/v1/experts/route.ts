import { NextResponse } from 'next/server';
import { db } from '@/lib/db/client';
import { apiRoute } from '@/lib/server/api';
import { createExpert, listExpertsCmd } from '@/lib/server/commands/tools';
import { createExpertBodySchema, listExpertsQuerySchema } from '@/lib/validation/experts';

// GET /api/v1/experts?q=&kind=INTERNAL|EXTERNAL&field= → { items } (q: name, domain or organisation, ILIKE),
// each with the record of the deals they helped (수주율 over the closed ones).
// POST → 201 the new expert (tools:edit).
export const GET = apiRoute({ permission: 'opportunity:read', query: listExpertsQuerySchema }, ({ session, query }) =>
  listExpertsCmd(db, session, query),
);

export const POST = apiRoute({ permission: 'tools:edit', body: createExpertBodySchema }, async ({ session, body }) =>
  NextResponse.json(await createExpert(db, session, body), { status: 201 }),
);
