import { NextResponse } from 'next/server';
import { db } from '@/lib/db/client';
import { apiRoute } from '@/lib/server/api';
import { createQaEntry, listQaEntriesCmd } from '@/lib/server/commands/tools';
import { createQaEntryBodySchema, listQaEntriesQuerySchema } from '@/lib/validation/tools';

// GET /api/v1/qa-entries?q=&needType=&industry=&stage= → { items } (q: need type, question or answer, ILIKE).
// POST → 201 the new entry (tools:edit).
export const GET = apiRoute({ permission: 'opportunity:read', query: listQaEntriesQuerySchema }, ({ session, query }) =>
  listQaEntriesCmd(db, session, query),
);

export const POST = apiRoute({ permission: 'tools:edit', body: createQaEntryBodySchema }, async ({ session, body }) =>
  NextResponse.json(await createQaEntry(db, session, body), { status: 201 }),
);
