// Bulk people import (issue 10: a firm of 300 onboarded in one file). Pure: header mapping, one
// row's cells → a person, and the plan for a whole file against the users that exist — by email,
// so a re-import of the same file changes nothing. Managers are found by email in the file or
// among existing users; a loop (A manages B manages A) is refused for every row on it.
import { requiredColumnsImport, type ColumnsProblem } from '@/lib/domain/import/columns';
import { normalizeEmail } from '@/lib/domain/leads/normalize';
import { err, ok, type Result } from '@/lib/domain/result';

export const PEOPLE_FIELDS = ['name', 'email', 'roles', 'team', 'managerEmail'] as const;
export type PeopleField = (typeof PEOPLE_FIELDS)[number];
export type PeopleMapping = Partial<Record<PeopleField, number | null>>;
export type PeopleHeaderProblem = ColumnsProblem;
export const REQUIRED_PEOPLE_FIELDS: readonly PeopleField[] = ['name', 'email', 'roles'];

export const IMPORT_ROLES = ['ADMIN', 'EXECUTIVE', 'SALES_MANAGER', 'SALES_REP', 'MARKETER', 'VRB_MEMBER', 'VRB_CHAIR'] as const;
export type ImportRole = (typeof IMPORT_ROLES)[number];

const ALIASES: Record<PeopleField, string[]> = {
  name: ['이름', '성명', '사용자명', 'name', 'fullname', 'username'],
  email: ['이메일', '메일', '이메일주소', 'email', 'e-mail', 'mail'],
  roles: ['역할', '권한', '직무', 'roles', 'role'],
  team: ['팀', '부서', '소속', '소속팀', 'team', 'department', 'dept'],
  managerEmail: ['관리자이메일', '매니저이메일', '상사이메일', '관리자', '매니저', '상사', 'manageremail', 'manager', 'reportsto'],
};

const ROLE_WORDS = new Map<string, ImportRole>();
const roleKey = (s: string) => s.toLowerCase().replace(/[\s_\-.]/g, '');
for (const [role, words] of Object.entries({
  ADMIN: ['admin', '관리자', '시스템관리자', 'administrator'],
  EXECUTIVE: ['executive', '경영진', '임원'],
  SALES_MANAGER: ['salesmanager', '영업관리자', '영업팀장', 'manager'],
  SALES_REP: ['salesrep', '영업대표', '영업', 'rep'],
  MARKETER: ['marketer', '마케터', '마케팅'],
  VRB_MEMBER: ['vrbmember', 'vrb위원', 'vrb'],
  VRB_CHAIR: ['vrbchair', 'vrb위원장'],
} as Record<ImportRole, string[]>))
  for (const w of words) ROLE_WORDS.set(roleKey(w), role as ImportRole);

/** The first row's headers → fields (the first column naming a field wins), the mapping's check, what blocks an import. */
export const {
  autoMap: autoMapPeople,
  check: checkPeopleMapping,
  blocking: blockingPeopleProblems,
} = requiredColumnsImport(PEOPLE_FIELDS, ALIASES, REQUIRED_PEOPLE_FIELDS);

/** "영업대표, VRB 위원" · "SALES_REP;VRB_MEMBER" · "Sales rep / Marketer" → roles, or the word not understood. */
export function parseRoles(raw: string): Result<ImportRole[], 'required' | 'badRole'> {
  const parts = raw
    .split(/[,;/|·+]+/)
    .map((p) => p.trim())
    .filter(Boolean);
  if (!parts.length) return err('required');
  const out = new Set<ImportRole>();
  for (const p of parts) {
    const r = ROLE_WORDS.get(roleKey(p)) ?? (IMPORT_ROLES as readonly string[]).find((x) => x === p.toUpperCase().replace(/\s+/g, '_'));
    if (!r) return err('badRole');
    out.add(r as ImportRole);
  }
  return ok(IMPORT_ROLES.filter((r) => out.has(r)));
}

export type PersonRow = { name: string; email: string; roles: ImportRole[]; team: string | null; managerEmail: string | null };
export type PersonCellError = { field: PeopleField | null; reason: string };

export function normalizePersonRow(cells: string[], mapping: PeopleMapping): Result<PersonRow, PersonCellError[]> {
  const cell = (f: PeopleField) => {
    const c = mapping[f];
    return c === undefined || c === null ? '' : (cells[c] ?? '').trim();
  };
  const errors: PersonCellError[] = [];
  const name = cell('name');
  if (!name) errors.push({ field: 'name', reason: 'required' });
  else if (name.length > 100) errors.push({ field: 'name', reason: 'tooLong' });
  const email = normalizeEmail(cell('email'));
  if (!email.ok) errors.push({ field: 'email', reason: email.error });
  else if (!email.value) errors.push({ field: 'email', reason: 'required' });
  const roles = parseRoles(cell('roles'));
  if (!roles.ok) errors.push({ field: 'roles', reason: roles.error });
  const team = cell('team') || null;
  if (team && team.length > 100) errors.push({ field: 'team', reason: 'tooLong' });
  const mgr = cell('managerEmail') ? normalizeEmail(cell('managerEmail')) : ok(null);
  if (!mgr.ok) errors.push({ field: 'managerEmail', reason: 'badManagerEmail' });
  if (errors.length || !email.ok || !roles.ok || !mgr.ok) return err(errors);
  if (mgr.value && mgr.value === email.value) return err([{ field: 'managerEmail', reason: 'selfManager' }]);
  return ok({ name, email: email.value!, roles: roles.value, team, managerEmail: mgr.value });
}

export type ExistingUser = {
  id: string;
  email: string;
  name: string;
  roles: readonly string[];
  team: string | null;
  managerEmail: string | null;
};
export type PlannedRow = { row: number; person: PersonRow };
export type PeoplePlan = {
  create: PlannedRow[];
  update: (PlannedRow & { id: string })[];
  skip: PlannedRow[];
  errors: { row: number; field: PeopleField | null; reason: string }[];
  /** teams named in the file that do not exist yet */
  newTeams: string[];
};

/**
 * The whole file against the users that exist. A repeated email: the first row wins, later ones
 * are errors. A manager must be an existing user or a valid row of the file; a manager loop is an
 * error on every row of it; an existing admin is never stripped of ADMIN by a file (the users
 * screen does that, with its last-admin rule). Unchanged people are skipped (idempotent by email).
 */
export function planPeopleImport(rows: PlannedRow[], existing: readonly ExistingUser[], teams: ReadonlySet<string>): PeoplePlan {
  const errors: PeoplePlan['errors'] = [];
  const byEmail = new Map(existing.map((u) => [u.email.toLowerCase(), u]));
  const firstRow = new Map<string, PlannedRow>();
  for (const r of rows) {
    if (firstRow.has(r.person.email)) errors.push({ row: r.row, field: 'email', reason: 'duplicateEmail' });
    else firstRow.set(r.person.email, r);
  }
  let valid = new Map(firstRow);
  for (const [email, r] of valid) {
    const u = byEmail.get(email);
    if (u?.roles.includes('ADMIN') && !r.person.roles.includes('ADMIN')) {
      errors.push({ row: r.row, field: 'roles', reason: 'keepsAdmin' });
      valid.delete(email);
    }
  }
  // managers: drop rows whose manager is neither valid in the file nor an existing user, until stable
  const dropUnknownManagers = () => {
    for (let changed = true; changed;) {
      changed = false;
      for (const [email, r] of valid) {
        const m = r.person.managerEmail;
        if (m && !valid.has(m) && !byEmail.has(m)) {
          errors.push({ row: r.row, field: 'managerEmail', reason: 'managerUnknown' });
          valid.delete(email);
          changed = true;
        }
      }
    }
  };
  dropUnknownManagers();
  // loops in the graph after the import: the file's managers over the existing ones
  const managerOf = new Map<string, string | null>(existing.map((u) => [u.email.toLowerCase(), u.managerEmail?.toLowerCase() ?? null]));
  for (const [email, r] of valid) managerOf.set(email, r.person.managerEmail);
  const inLoop = new Set<string>();
  for (const email of valid.keys()) {
    const seen: string[] = [];
    let cur: string | null = email;
    while (cur && !seen.includes(cur)) {
      seen.push(cur);
      cur = managerOf.get(cur) ?? null;
    }
    if (cur) for (const e of seen.slice(seen.indexOf(cur))) inLoop.add(e);
  }
  for (const e of inLoop) {
    const r = valid.get(e);
    if (r) errors.push({ row: r.row, field: 'managerEmail', reason: 'managerCycle' });
  }
  valid = new Map([...valid].filter(([e]) => !inLoop.has(e)));
  // a row whose manager was just refused (a loop) has no manager to point at either
  dropUnknownManagers();
  const plan: PeoplePlan = { create: [], update: [], skip: [], errors, newTeams: [] };
  const newTeams = new Set<string>();
  for (const [email, r] of valid) {
    if (r.person.team && !teams.has(r.person.team)) newTeams.add(r.person.team);
    const u = byEmail.get(email);
    if (!u) plan.create.push(r);
    else if (
      u.name === r.person.name &&
      [...u.roles].sort().join() === [...r.person.roles].sort().join() &&
      (u.team ?? null) === r.person.team &&
      (u.managerEmail?.toLowerCase() ?? null) === r.person.managerEmail
    )
      plan.skip.push(r);
    else plan.update.push({ ...r, id: u.id });
  }
  plan.newTeams = [...newTeams].sort();
  plan.errors.sort((a, b) => a.row - b.row);
  return plan;
}
