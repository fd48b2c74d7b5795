import { NextResponse } from 'next/server';
import { db } from '@/lib/db/client';
import { apiRoute } from '@/lib/server/api';
import { addPostmortemAmendment } from '@/lib/server/commands/postmortems/add-postmortem-amendment';
import { amendmentBody, idParams } from '@/lib/validation/postmortems';

// POST /api/v1/postmortems/{id}/amendments { body } → 201 the amendment (author, time); 422 on a draft.
export const POST = apiRoute({ permission: 'postmortem:amend', params: idParams, body: amendmentBody }, async ({ session, params, body }) =>
  NextResponse.json(await addPostmortemAmendment(db, session, { postmortemId: params.id, body: body.body }), { status: 201 }),
);
