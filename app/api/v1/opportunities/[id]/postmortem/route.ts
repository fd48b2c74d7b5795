import { NextResponse } from 'next/server';
import { db } from '@/lib/db/client';
import { apiRoute } from '@/lib/server/api';
import { savePostmortem } from '@/lib/server/commands/postmortems';
import { opportunityIdParamsSchema, savePostmortemBodySchema } from '@/lib/validation/postmortems';

// POST /api/v1/opportunities/{id}/postmortem → 201 the new postmortem, 200 the updated one (with
// `version`), 422 when the opportunity is not at Tier 0, 409 + current record on a stale version,
// 400 with fields. Same command as the postmortem form.
export const POST = apiRoute(
  { permission: 'postmortem:write', params: opportunityIdParamsSchema, body: savePostmortemBodySchema },
  async ({ session, params, body }) => {
    const { created, postmortem, warnings } = await savePostmortem(db, session, { ...body, opportunityId: params.id });
    return NextResponse.json({ ...postmortem, warnings }, { status: created ? 201 : 200 });
  },
);
