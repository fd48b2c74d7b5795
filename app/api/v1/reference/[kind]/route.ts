import { NextResponse } from 'next/server';
import { db } from '@/lib/db/client';
import { apiRoute } from '@/lib/server/api';
import { createReferenceItem, listReference } from '@/lib/server/commands/reference';
import { referenceBodySchema, referenceKindParamsSchema } from '@/lib/validation/reference';

// GET /api/v1/reference/{kind} → { data } — kind: reasons | categories | regions | vrb-stages (admins).
export const GET = apiRoute({ permission: 'settings:manage', params: referenceKindParamsSchema }, async ({ params }) => ({
  data: await listReference(db, params.kind),
}));

// POST /api/v1/reference/{kind} → 201 the item (at the end of its list); 409 code taken.
export const POST = apiRoute(
  { permission: 'settings:manage', params: referenceKindParamsSchema, body: referenceBodySchema },
  async ({ session, params, body }) => NextResponse.json(await createReferenceItem(db, session, params.kind, body), { status: 201 }),
);
