import 'server-only';
import type { Db } from '@/lib/db/client';
import { assertCan } from '@/lib/server/authorize';
import type { AppSession } from '@/lib/auth/session';
import { can } from '@/lib/auth/permissions';
import { dealScope, linkFor, totalCount, workKindsFor, workWindow, type WorkKind } from '@/lib/domain/work';
import { reportIdsOf, workCounts, workRows, type WorkArgs } from '@/lib/db/queries/work';
import { unreadCount } from '@/lib/db/queries/notifications';
import { getPostmortemDueDays, getSetting } from '../../settings';
import { forbidden } from '../../errors';

// My work (내 업무): GET /api/v1/me/work, the /work page and the nav counts read through here.

async function argsFor(db: Db, session: AppSession, now: Date): Promise<{ kinds: WorkKind[]; args: WorkArgs; team: boolean }> {
  const kinds = workKindsFor(session);
  const needsTeam = session.roles.includes('SALES_MANAGER');
  const [reports, stall, dueDays] = await Promise.all([
    needsTeam ? reportIdsOf(db, session.userId) : Promise.resolve([]),
    getSetting(db, 'stallThresholds'),
    getPostmortemDueDays(db),
  ]);
  const scope = dealScope(session, reports);
  const firmWide = session.roles.includes('EXECUTIVE') || session.roles.includes('ADMIN');
  return {
    kinds,
    team: scope.team,
    args: {
      userId: session.userId,
      ownerIds: scope.ownerIds,
      vrbDomains: [...session.vrbDomains],
      reviewTeamId: session.roles.includes('SALES_MANAGER') ? session.userId : null,
      firmWide,
      allReceivables: session.vrbDomains.includes('FINANCE'),
      w: workWindow(now, stall, dueDays),
      now,
    },
  };
}

/** The nav counts: per kind (capped at 100) and the unread notifications. */
export async function getWorkCounts(db: Db, session: AppSession, now = new Date()) {
  assertCan(session, 'work:read');
  const { kinds, args } = await argsFor(db, session, now);
  const [counts, unread] = await Promise.all([workCounts(db, kinds, args), unreadCount(db, session.userId)]);
  return { counts, total: totalCount(counts), unread };
}

export type WorkItem = {
  id: string;
  title: string;
  subtitle: string | null;
  link: string;
  at: string | null;
  ownerName: string | null;
  mine: boolean;
  /** a finding's version, to answer it from the list */
  version: number | null;
};
export type WorkGroup = { kind: WorkKind; count: number; items: WorkItem[] };

/** What is waiting for the caller, grouped by kind (each group: capped count, the most urgent rows, each with its link). */
export async function getMyWork(db: Db, session: AppSession, opts: { perKind?: number; now?: Date } = {}) {
  assertCan(session, 'work:read');
  const now = opts.now ?? new Date();
  const { kinds, args, team } = await argsFor(db, session, now);
  const [counts, rows] = await Promise.all([workCounts(db, kinds, args), workRows(db, kinds, args, opts.perKind ?? 20)]);
  const groups: WorkGroup[] = kinds.map((kind) => ({
    kind,
    count: counts[kind] ?? 0,
    items: rows
      .filter((r) => r.kind === kind)
      .map((r) => ({
        id: r.id,
        title: r.title,
        subtitle: r.subtitle,
        link: linkFor(kind, r),
        at: r.at === null ? null : String(r.at),
        ownerName: r.ownerName,
        mine: r.ownerId === session.userId,
        version: r.version,
      })),
  }));
  return { today: args.w.today, team, total: totalCount(counts), groups };
}
