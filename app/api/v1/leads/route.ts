import { NextResponse } from 'next/server';
import { db } from '@/lib/db/client';
import { apiRoute } from '@/lib/server/api';
import { listLeads } from '@/lib/server/commands/leads/leads';
import { createLead } from '@/lib/server/commands/leads/create-lead';
import { createLeadSchema, listLeadsQuerySchema } from '@/lib/validation/leads';

// GET /api/v1/leads?status&temperature&source&campaign&owner&from&to&q&sort&cursor&limit → { items, nextCursor }
export const GET = apiRoute({ permission: 'lead:read', query: listLeadsQuerySchema }, async ({ session, query }) => {
  const { items, nextCursor } = await listLeads(session, query);
  return { items: items.map(({ need: _n, intent: _i, opportunityId: _o, ...i }) => i), nextCursor };
});

// POST /api/v1/leads { email?, website?, company?, name?, phone?, temperature, source?, campaign?, need?, … } → 201 the lead with its checklist
export const POST = apiRoute({ permission: 'lead:edit', body: createLeadSchema }, async ({ session, body }) => {
  const lead = await createLead(db, session, body);
  return NextResponse.json(lead, { status: 201 });
});
