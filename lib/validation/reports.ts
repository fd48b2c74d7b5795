import { z } from '@/lib/validation/z';
import { REPORT_GROUPINGS } from '@/lib/domain/reports/matrix';

// Query of the one-page report (page URL and GET /api/v1/reports/one-page[.xlsx|.csv]).
// Period = expected close date (from..to, inclusive): the report answers "what do we expect to
// close in this window"; an opportunity without an expected close date drops out once a period
// is set. asOf = the end of that day in Korea (UTC+9).
const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'reports.errors.badDate' })
  .refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s), {
    error: 'reports.errors.badDate',
  });
const emptyToUndefined = (v: unknown) => (v === '' ? undefined : v);

export const reportQuerySchema = z
  .object({
    rows: z.preprocess(emptyToUndefined, z.enum(REPORT_GROUPINGS, { error: 'reports.errors.badGrouping' }).default('country')),
    asOf: z.preprocess(emptyToUndefined, isoDate.optional()),
    from: z.preprocess(emptyToUndefined, isoDate.optional()),
    to: z.preprocess(emptyToUndefined, isoDate.optional()),
    owner: z.preprocess(emptyToUndefined, z.uuid({ error: 'reports.errors.badOwner' }).optional()),
    team: z.preprocess(emptyToUndefined, z.uuid({ error: 'reports.errors.badOwner' }).optional()),
    category: z.preprocess(emptyToUndefined, z.uuid({ error: 'reports.errors.badCategory' }).optional()),
  })
  .refine((q) => !q.from || !q.to || q.from <= q.to, { error: 'reports.errors.periodReversed', path: ['to'] })
  .refine((q) => !(q.owner && q.team), { error: 'reports.errors.ownerAndTeam', path: ['team'] });

export type ReportQuery = z.output<typeof reportQuerySchema>;

// Response shape of GET /api/v1/reports/one-page (documented in OpenAPI).
const sum = z.object({ count: z.number().int(), amount: z.string().describe('exact decimal KRW') });
const cell = sum.extend({
  deals: z.array(z.object({ id: z.uuid(), name: z.string(), amount: z.string().nullable() })),
  more: z.number().int(),
});
const columns = z.enum(['4', '3', '2', '1', 'WON', 'LOST', 'NO_BID', 'DROPPED']);
const byColumn = <T extends z.ZodType>(s: T) => z.record(columns, s);
const moveKind = z.enum(['up', 'down', 'new', 'won', 'lost']);
export const reportResponseSchema = z.object({
  query: z
    .object({ rows: z.enum(REPORT_GROUPINGS), asOf: z.string().optional(), from: z.string().optional(), to: z.string().optional() })
    .loose(),
  generatedAt: z.string(),
  asOfInstant: z.string().nullable(),
  source: z
    .enum(['summary', 'scan', 'index'])
    .describe('summary table, a scan of the filtered deals, or (as-of reports) the in-memory history index'),
  emptyReason: z.enum(['noDeals', 'noDealsInPeriod', 'noDealsForFilter']).nullable(),
  matrix: z.object({
    grouping: z.enum(REPORT_GROUPINGS),
    columns: z.array(columns),
    groups: z.array(
      z.object({
        scope: z.enum(['DOMESTIC', 'OVERSEAS']),
        rows: z.array(z.object({ key: z.string().nullable(), label: z.string().nullable(), cells: byColumn(cell), total: sum })),
        subtotal: byColumn(sum),
        total: sum,
      }),
    ),
    totals: byColumn(sum),
    grandTotal: sum,
    openTotal: sum,
    empty: z.boolean(),
  }),
  movement: z
    .object({
      since: z.string(),
      summary: z.record(moveKind, sum),
      moves: z.array(
        z.object({
          id: z.uuid(),
          name: z.string(),
          amount: z.string().nullable(),
          fromTier: z.number().nullable(),
          fromOutcome: z.string().nullable(),
          toTier: z.number(),
          toOutcome: z.string(),
          kind: moveKind,
        }),
      ),
    })
    .nullable(),
});
