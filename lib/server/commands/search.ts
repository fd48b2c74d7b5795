import 'server-only';
import type { AppSession } from '@/lib/auth/session';
import { can, type Permission } from '@/lib/auth/permissions';
import type { Db } from '@/lib/db/client';
import { searchAll, type SearchRow } from '@/lib/db/queries/search';
import { normalizeSearchQuery } from '@/lib/domain/search/normalize';
import { SEARCH_KINDS, type SearchKind, type SearchQuery, type SearchResult } from '@/lib/validation/search';
import { DomainError } from '../errors';
import { leadScope } from './leads/leads';
import { assertCan } from '@/lib/server/authorize';

// Global search (SPEC "Beyond the method", and the sales tools of issue 12): the command palette's server action and
// GET /api/v1/search call this. A kind is searched only if the user may read it; leads keep the
// inbox's record scope (a rep finds only the leads assigned to them).

const READ: Record<SearchKind, Permission> = {
  opportunity: 'opportunity:read',
  account: 'opportunity:read', // accounts and their contacts are read with the pipeline
  contact: 'opportunity:read',
  lead: 'lead:read',
  lesson: 'lesson:read',
  // the sales tools (/tools) are read with the pipeline
  qa: 'opportunity:read',
  competitor: 'opportunity:read',
  expert: 'opportunity:read',
};

function hrefOf(r: SearchRow): string {
  switch (r.kind) {
    case 'opportunity':
      return `/opportunities/${r.id}`;
    case 'account':
      return `/accounts/${r.id}`;
    case 'contact':
      return `/accounts/${r.ref}`;
    case 'lead':
      return r.ref?.startsWith('o:') ? `/opportunities/${r.ref.slice(2)}` : `/leads?q=${encodeURIComponent(r.ref?.slice(2) ?? r.title)}`;
    case 'lesson':
      return `/postmortems/lessons?q=${encodeURIComponent(r.title)}`;
    case 'qa':
      return `/tools/qa?q=${encodeURIComponent(r.ref ?? r.title.slice(0, 60))}`;
    case 'competitor':
      return `/tools/competitors/${r.id}`;
    case 'expert':
      return `/tools/experts/${r.id}`;
  }
}

export async function globalSearch(db: Db, session: AppSession, input: SearchQuery): Promise<SearchResult> {
  assertCan(session, 'opportunity:read');
  const q = normalizeSearchQuery(input.q);
  if (!q) throw new DomainError('VALIDATION', 'validation', { fields: [{ path: 'q', message: 'empty query' }] });
  const kinds = SEARCH_KINDS.filter((k) => can(session.roles, READ[k]));
  const rows = await searchAll(db, q, { kinds, limit: input.limit, leadOwnerOnly: leadScope(session).ownerOnly });
  return {
    groups: kinds
      .map((kind) => ({
        kind,
        items: rows.filter((r) => r.kind === kind).map((r) => ({ id: r.id, title: r.title, subtitle: r.subtitle, href: hrefOf(r) })),
      }))
      .filter((g) => g.items.length > 0),
  };
}
