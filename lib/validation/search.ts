import { z } from '@/lib/validation/z';
import { MAX_QUERY_CHARS } from '@/lib/domain/search/normalize';

// Global search (command palette, its server action and GET /api/v1/search). q is at least one
// character (a single Hangul syllable is a meaningful query); limit is per kind.
export const SEARCH_KINDS = ['opportunity', 'account', 'contact', 'lead', 'lesson', 'qa', 'competitor', 'expert'] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];

export const searchQuerySchema = z.strictObject({
  q: z
    .string()
    .trim()
    .min(1)
    .max(MAX_QUERY_CHARS * 4),
  limit: z.preprocess((v) => (v === '' || v === null ? undefined : v), z.coerce.number().int().min(1).max(20).default(5)),
});
export type SearchQuery = z.output<typeof searchQuerySchema>;

export const searchItemSchema = z.object({ id: z.string(), title: z.string(), subtitle: z.string().nullable(), href: z.string() });
export const searchResultSchema = z.object({
  groups: z.array(z.object({ kind: z.enum(SEARCH_KINDS), items: z.array(searchItemSchema) })),
});
export type SearchResult = z.output<typeof searchResultSchema>;
