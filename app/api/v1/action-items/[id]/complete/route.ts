import { NextResponse } from 'next/server';
import { db } from '@/lib/db/client';
import { apiRoute } from '@/lib/server/api';
import { completeActionItem } from '@/lib/server/commands/postmortems/complete-action-item';
import { completeActionItemBody, idParams } from '@/lib/validation/postmortems';

// POST /api/v1/action-items/{id}/complete { note? } → 200 the item, done; 403 not its owner or a
// manager of the deal; 409 already done.
export const POST = apiRoute(
  { permission: 'actionItem:complete', params: idParams, body: completeActionItemBody },
  async ({ session, params, body }) =>
    NextResponse.json(await completeActionItem(db, session, { actionItemId: params.id, note: body.note })),
);
