import { NextResponse } from 'next/server';
import { z } from '@/lib/validation/z';
import { db } from '@/lib/db/client';
import { apiRoute } from '@/lib/server/api';
import { getMyNotifications, markNotificationsRead } from '@/lib/server/commands/notifications';

// GET /api/v1/notifications → { unread, items } (the caller's own, newest first).
export const GET = apiRoute({ permission: 'work:read' }, async ({ session }) => {
  const r = await getMyNotifications(db, session);
  return NextResponse.json({
    unread: r.unread,
    items: r.items.map((n) => ({ ...n, createdAt: n.createdAt.toISOString(), readAt: n.readAt?.toISOString() ?? null })),
  });
});

// POST /api/v1/notifications { ids? } → marks the caller's notifications read (the ids, or all).
export const POST = apiRoute(
  { permission: 'work:read', body: z.strictObject({ ids: z.array(z.uuid()).max(200).nullable().optional() }) },
  async ({ session, body }) => NextResponse.json(await markNotificationsRead(db, session, { ids: body.ids ?? null })),
);
