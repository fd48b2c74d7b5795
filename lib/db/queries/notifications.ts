import 'server-only';
import type { Db } from '@/lib/db/client';
import type { Prisma } from '@/lib/db/generated/client';

// In-app notifications (the header bell). Writers call notify() with the transaction of the change
// that causes it, so a notification exists exactly when its cause was committed.

export type NotificationKind = 'FINDING_RAISED' | 'REVIEW_DECIDED' | 'DEAL_MOVED' | 'ACTION_ASSIGNED';
export type NewNotification = {
  userId: string;
  kind: NotificationKind;
  params: Record<string, string | number | null>;
  link: string;
  actorId: string | null;
};

/** Insert notifications (one statement), skipping the ones addressed to their own actor. */
export async function notify(tx: Db, rows: readonly NewNotification[]) {
  const keep = rows.filter((r) => r.userId !== r.actorId);
  if (!keep.length) return 0;
  const r = await tx.notification.createMany({
    data: keep.map((n) => ({
      userId: n.userId,
      kind: n.kind,
      params: n.params as Prisma.InputJsonValue,
      link: n.link,
      actorId: n.actorId,
    })),
  });
  return r.count;
}

/** The unread count for the bell (index-only on Notification_unread_idx), capped: the badge shows 99+. */
export async function unreadCount(db: Db, userId: string, cap = 100): Promise<number> {
  const rows = await db.$queryRaw<{ n: number }[]>`
    SELECT count(*)::int AS n FROM (SELECT 1 FROM "Notification" WHERE "userId" = ${userId}::uuid AND "readAt" IS NULL LIMIT ${cap}) x`;
  return rows[0]?.n ?? 0;
}

export type NotificationRow = {
  id: string;
  kind: NotificationKind;
  params: Record<string, string | number | null>;
  link: string;
  createdAt: Date;
  readAt: Date | null;
};

/** The newest notifications of a user. */
export async function listNotifications(db: Db, userId: string, limit = 20): Promise<NotificationRow[]> {
  const rows = await db.notification.findMany({
    where: { userId },
    orderBy: { createdAt: 'desc' },
    take: limit,
    select: { id: true, kind: true, params: true, link: true, createdAt: true, readAt: true },
  });
  return rows as NotificationRow[];
}

/** Mark the user's notifications read (the given ids, or all); only their own rows are touched. */
export async function markRead(db: Db, userId: string, ids: readonly string[] | null, at: Date): Promise<number> {
  const r = await db.notification.updateMany({
    where: { userId, readAt: null, ...(ids ? { id: { in: [...ids] } } : {}) },
    data: { readAt: at },
  });
  return r.count;
}

/**
 * Notify the owner of the deal a VRB review is about (a finding raised on it, its decision
 * recorded) — one INSERT … SELECT inside the caller's transaction; nothing when the owner is the actor.
 */
export async function notifyVrbDealOwner(
  tx: Db,
  vrbReviewId: string,
  kind: Extract<NotificationKind, 'FINDING_RAISED' | 'REVIEW_DECIDED'>,
  params: Record<string, string | number | null>,
  actorId: string,
) {
  return tx.$executeRaw`
    INSERT INTO "Notification" ("userId", kind, params, link, "actorId")
    SELECT o."ownerId", ${kind}, ${JSON.stringify(params)}::jsonb || jsonb_build_object('name', o.name), '/vrb/reviews/' || r.id::text, ${actorId}::uuid
    FROM "VrbReview" r JOIN "Opportunity" o ON o.id = r."opportunityId"
    WHERE r.id = ${vrbReviewId}::uuid AND o."ownerId" <> ${actorId}::uuid`;
}

/** Mark read the user's notifications that point at a page (the work done there answers them). */
export async function markReadByLink(db: Db, userId: string, link: string, at: Date): Promise<number> {
  const r = await db.notification.updateMany({ where: { userId, link, readAt: null }, data: { readAt: at } });
  return r.count;
}
