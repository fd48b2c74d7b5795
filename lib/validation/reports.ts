import { z } from 'zod';
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
