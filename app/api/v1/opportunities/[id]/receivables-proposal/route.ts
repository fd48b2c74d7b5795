import { NextResponse } from 'next/server';
import { db } from '@/lib/db/client';
import { apiRoute } from '@/lib/server/api';
import { confirmReceivablesProposal, getReceivablesProposal } from '@/lib/server/commands/receivables/propose-receivables';
import { opportunityIdParamsSchema } from '@/lib/validation/opportunities';

// GET /api/v1/opportunities/{id}/receivables-proposal → the 착수금/중도금/잔금 proposed from the last
// passed VRB review's snapshot (percent × contract amount, due dates from the offsets) for a won deal.
export const GET = apiRoute({ permission: 'opportunity:read', params: opportunityIdParamsSchema }, ({ session, params }) =>
  getReceivablesProposal(db, session, params.id),
);

// POST → 201 the milestones created from the proposal (the deal must be WON and have no schedule yet).
export const POST = apiRoute({ permission: 'receivable:edit', params: opportunityIdParamsSchema }, async ({ session, params }) =>
  NextResponse.json(await confirmReceivablesProposal(db, session, params.id), { status: 201 }),
);
