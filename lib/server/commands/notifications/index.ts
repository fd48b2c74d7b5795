import 'server-only';
import type { Db } from '@/lib/db/client';
import { assertCan } from '@/lib/server/authorize';
import type { AppSession } from '@/lib/auth/session';
import { listNotifications, markRead, markReadByLink, unreadCount } from '@/lib/db/queries/notifications';

// The header bell: a user's own notifications only (every read and write is keyed by session.userId).

export async function getMyNotifications(db: Db, session: AppSession, limit = 20) {
  assertCan(session, 'work:read');
  const [items, unread] = await Promise.all([listNotifications(db, session.userId, limit), unreadCount(db, session.userId)]);
  return { unread, items };
}

/** The newest notifications only (the layout has the unread count from the nav counts' statement). */
export async function listMyNotifications(db: Db, session: AppSession, limit = 20) {
  assertCan(session, 'work:read');
  return listNotifications(db, session.userId, limit);
}

/** Mark read: the given ids (only the caller's own), or all of the caller's unread. */
export async function markNotificationsRead(db: Db, session: AppSession, input: { ids?: string[] | null }) {
  assertCan(session, 'work:read');
  const marked = await markRead(db, session.userId, input.ids ?? null, new Date());
  return { marked, unread: await unreadCount(db, session.userId) };
}

/** Mark read the caller's notifications about one page (e.g. after answering the finding it raised). */
export async function markNotificationsReadFor(db: Db, session: AppSession, link: string) {
  assertCan(session, 'work:read');
  return markReadByLink(db, session.userId, link, new Date());
}
