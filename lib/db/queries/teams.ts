import 'server-only';
import type { Db } from '@/lib/db/client';

// Teams (Settings → 사용자): never deleted, renamed or (de)activated. The list is listTeams in users.ts.

const TEAM_SELECT = { id: true, name: true, active: true } as const;

export function getTeam(db: Db, id: string) {
  return db.team.findUnique({ where: { id }, select: TEAM_SELECT });
}

/** The team with this name (names are unique), if any. */
export function teamNamed(db: Db, name: string) {
  return db.team.findUnique({ where: { name }, select: TEAM_SELECT });
}

export function insertTeam(db: Db, name: string) {
  return db.team.create({ data: { name }, select: TEAM_SELECT });
}

export function writeTeam(db: Db, id: string, data: { name: string; active: boolean }) {
  return db.team.update({ where: { id }, data, select: TEAM_SELECT });
}
