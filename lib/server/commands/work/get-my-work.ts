import 'server-only';
import { cache } from 'react';
import type { Db } from '@/lib/db/client';
import { assertCan } from '@/lib/server/authorize';
import type { AppSession } from '@/lib/auth/session';
import { dealScope, linkFor, totalCount, workKindsFor, workWindow, type WorkKind } from '@/lib/domain/work';
import { workContext, workCounts, workList, workTotal, type WorkArgs } from '@/lib/db/queries/work';
import { settingFrom } from '../../settings';

// My work (내 업무): GET /api/v1/me/work, the /work page and the nav counts read through here.
// Two statements per read: the context (reports, settings, unread) and the work itself; the
// context is cached per request (React cache), so a page under the layout reads it once.

/** A manager's reports, the settings and the unread count: one statement, once per request (outside a render: every call). */
const contextOf = cache((db: Db, userId: string, team: boolean) => workContext(db, userId, { team }));

async function argsFor(
  db: Db,
  session: AppSession,
  now: Date,
): Promise<{ kinds: WorkKind[]; args: WorkArgs; team: boolean; unread: number }> {
  const kinds = workKindsFor(session);
  const ctx = await contextOf(db, session.userId, session.roles.includes('SALES_MANAGER'));
  const scope = dealScope(session, ctx.reportIds);
  const firmWide = session.roles.includes('EXECUTIVE') || session.roles.includes('ADMIN');
  const stall = settingFrom('stallThresholds', ctx.stallThresholds);
  const dueDays = settingFrom('postmortemDueDays', ctx.postmortemDueDays);
  return {
    kinds,
    team: scope.team,
    unread: ctx.unread,
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

/**
 * What the nav shows on every page: the work badge (all kinds together, capped at 100: "99+") and
 * the bell's unread count — two statements, the second stopping at the 100th row.
 */
export async function getNavCounts(db: Db, session: AppSession, now = new Date()) {
  assertCan(session, 'work:read');
  const { kinds, args, unread } = await argsFor(db, session, now);
  return { total: await workTotal(db, kinds, args), unread };
}

/** The counts per kind (each capped at 100) and the unread notifications — two statements. */
export async function getWorkCounts(db: Db, session: AppSession, now = new Date()) {
  assertCan(session, 'work:read');
  const { kinds, args, unread } = await argsFor(db, session, now);
  const counts = await workCounts(db, kinds, args);
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
  const { counts, rows } = await workList(db, kinds, args, opts.perKind ?? 20);
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
