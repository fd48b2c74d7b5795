import 'server-only';
import type { Db } from '@/lib/db/client';
import type { NormalizedQuery } from '@/lib/domain/search/normalize';
import type { SearchKind } from '@/lib/validation/search';
import { expertSearchExpr } from './experts';

// Global search: one UNION ALL statement, one branch per kind the user may read. Each branch
// takes at most CANDIDATES matches through its trigram index (no ORDER BY inside, so the scan
// stops early — a one-syllable query that matches half the table still reads only CANDIDATES
// rows), then ranks those (prefix matches first, then by name) and keeps `limit`.
//   Opportunity_name_trgm_idx, Account_name_trgm_idx, Contact_search_trgm_idx (20261127090000_global_search),
//   Lead_search_trgm_idx (20261127010000_leads), Lesson_search_trgm_idx (20261127080000_lesson_search),
//   QaEntry_search_trgm_idx (20261205174002_qa_entries), Expert_search_trgm_idx and Competitor_name_trgm_idx
//   (20261205193000_expert_network).

export const CANDIDATES = 200;

export type SearchRow = { kind: SearchKind; id: string; title: string; subtitle: string | null; ref: string | null };

type P = (name: 'contains' | 'prefix' | 'cap' | 'owner' | 'digits') => string;

const LEAD_EXPR = `(coalesce(l.email, '') || ' ' || coalesce(l.company, '') || ' ' || coalesce(l.name, ''))`; // = SEARCH_EXPR in queries/leads.ts (the indexed expression)
// Leads are the one kind at the million-row scale: a one- or two-character query (no trigram to
// use) that matches rarely would read the whole table, so it searches the newest SHORT_LEAD_SCAN
// leads (a range of the (createdAt, id) index — or (ownerId, createdAt) for a rep); three or more
// characters search every lead through the trigram index.
export const SHORT_LEAD_SCAN = 20_000;
const SHORT_LEADS = (p: P) => `(SELECT * FROM "Lead" l0 WHERE (${p('owner')}::uuid IS NULL OR l0."ownerId" = ${p('owner')}::uuid)
      ORDER BY l0."createdAt" DESC, l0.id DESC LIMIT ${SHORT_LEAD_SCAN}) l`;
const LEAD_TITLE = `coalesce(s.company, s.name, s.email, '')`;

// every branch: kind, id, title, subtitle, ref (what the link needs), pre (a prefix match), sort
const BRANCHES: Record<SearchKind, (p: P, short: boolean) => string> = {
  opportunity: (p) => `SELECT 'opportunity' AS kind, s.id::text AS id, s.name AS title, a.name AS subtitle, NULL::text AS ref,
        (s.name ILIKE ${p('prefix')}) AS pre, s.name AS sort
      FROM (SELECT o.id, o.name, o."accountId" FROM "Opportunity" o WHERE o.name ILIKE ${p('contains')} LIMIT ${p('cap')}) s
      JOIN "Account" a ON a.id = s."accountId"`,
  account: (
    p,
  ) => `SELECT 'account' AS kind, s.id::text AS id, s.name AS title, coalesce(s.industry, s."businessRegistrationNo") AS subtitle, NULL::text AS ref,
        (s.name ILIKE ${p('prefix')}) AS pre, s.name AS sort
      FROM (SELECT a.id, a.name, a.industry, a."businessRegistrationNo" FROM "Account" a
             WHERE a.name ILIKE ${p('contains')} OR a."businessRegistrationNo" = ${p('digits')}::text LIMIT ${p('cap')}) s`,
  contact: (
    p,
  ) => `SELECT 'contact' AS kind, s.id::text AS id, s.name AS title, concat_ws(' · ', a.name, s.title, s.email) AS subtitle, s."accountId"::text AS ref,
        (s.name ILIKE ${p('prefix')}) AS pre, s.name AS sort
      FROM (SELECT c.id, c.name, c.title, c.email, c."accountId" FROM "Contact" c
             WHERE c.name ILIKE ${p('contains')} OR c.email ILIKE ${p('contains')} LIMIT ${p('cap')}) s
      JOIN "Account" a ON a.id = s."accountId"`,
  lead: (
    p,
    short,
  ) => `SELECT 'lead' AS kind, s.id::text AS id, ${LEAD_TITLE} AS title, nullif(concat_ws(' · ', s.name, s.email), '') AS subtitle,
        coalesce('o:' || s."opportunityId"::text, 'q:' || coalesce(s.email, s.company, s.name, '')) AS ref,
        (${LEAD_TITLE} ILIKE ${p('prefix')}) AS pre, ${LEAD_TITLE} AS sort
      FROM (SELECT l.id, l.company, l.name, l.email, l."opportunityId" FROM ${short ? SHORT_LEADS(p) : `"Lead" l`}
             WHERE ${LEAD_EXPR} ILIKE ${p('contains')} AND (${p('owner')}::uuid IS NULL OR l."ownerId" = ${p('owner')}::uuid) LIMIT ${p('cap')}) s`,
  lesson: (p) => `SELECT 'lesson' AS kind, s.id::text AS id, s.title AS title, nullif(left(s.body, 80), '') AS subtitle, NULL::text AS ref,
        (s.title ILIKE ${p('prefix')}) AS pre, s.title AS sort
      FROM (SELECT le.id, le.title, le.body FROM "Lesson" le JOIN "Postmortem" pm ON pm.id = le."postmortemId" AND pm.status = 'PUBLISHED'
             WHERE (le.title || ' ' || le.body) ILIKE ${p('contains')} LIMIT ${p('cap')}) s`,
  // ref: the start of the question, which /tools/qa?q= finds again (a substring of the searched text)
  qa: (
    p,
  ) => `SELECT 'qa' AS kind, s.id::text AS id, left(s.question, 120) AS title, concat_ws(' · ', s."needType", s.industry, s.stage) AS subtitle,
        left(s.question, 60) AS ref, (s.question ILIKE ${p('prefix')}) AS pre, s.question AS sort
      FROM (SELECT q.id, q.question, q."needType", q.industry, q.stage FROM "QaEntry" q
             WHERE (q."needType" || ' ' || q."question" || ' ' || q."answer") ILIKE ${p('contains')} LIMIT ${p('cap')}) s`,
  competitor: (
    p,
  ) => `SELECT 'competitor' AS kind, s.id::text AS id, s.name AS title, nullif(left(coalesce(s.strengths, ''), 80), '') AS subtitle, NULL::text AS ref,
        (s.name ILIKE ${p('prefix')}) AS pre, s.name AS sort
      FROM (SELECT c.id, c.name, c.strengths FROM "Competitor" c WHERE c.name ILIKE ${p('contains')} LIMIT ${p('cap')}) s`,
  expert: (
    p,
  ) => `SELECT 'expert' AS kind, s.id::text AS id, s.name AS title, concat_ws(' · ', s.field, s.organization) AS subtitle, NULL::text AS ref,
        (s.name ILIKE ${p('prefix')}) AS pre, s.name AS sort
      FROM (SELECT e.id, e.name, e.field, e.organization FROM "Expert" e WHERE ${expertSearchExpr('e')} ILIKE ${p('contains')} LIMIT ${p('cap')}) s`,
};

/** The matches of each requested kind (at most `limit` per kind), in one round trip. */
export async function searchAll(
  db: Db,
  q: NormalizedQuery,
  opts: { kinds: readonly SearchKind[]; limit: number; leadOwnerOnly: string | null },
): Promise<SearchRow[]> {
  if (opts.kinds.length === 0) return [];
  const digits = q.text.replace(/\D/g, '');
  const values = {
    contains: q.contains,
    prefix: q.prefix,
    cap: CANDIDATES,
    owner: opts.leadOwnerOnly,
    digits: digits.length === 10 ? digits : null,
  };
  const params: unknown[] = [];
  const slot = new Map<string, string>();
  const p: P = (name) => {
    if (!slot.has(name)) {
      params.push(values[name]);
      slot.set(name, `$${params.length}`);
    }
    return slot.get(name)!;
  };
  params.push(opts.limit);
  const branches = opts.kinds.map(
    (k) => `(SELECT kind, id, title, subtitle, ref FROM (${BRANCHES[k](p, q.short)}) b ORDER BY pre DESC, sort ASC, id ASC LIMIT $1)`,
  );
  return db.$queryRawUnsafe<SearchRow[]>(branches.join('\nUNION ALL\n'), ...params);
}
