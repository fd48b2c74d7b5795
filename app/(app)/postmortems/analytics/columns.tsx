import { defineColumns, type Translate } from '@/components/data-table/columns';
import { formatRatio } from '@/lib/domain/format';
import type { ReasonMatrix, WinRateRow } from '@/lib/domain/postmortems';

// The win/loss page's tables, defined once: the page renders them (tables.tsx) and
// GET /api/v1/postmortems/analytics/export writes them. `t` is the 'postmortems' namespace.

export const RATE_TABLES = ['category', 'region', 'competitor', 'tier'] as const;
export type RateTable = (typeof RATE_TABLES)[number];

export function rateColumns(t: Translate) {
  const pct = (r: number | null) => (r === null ? t('analytics.noRate') : formatRatio(r));
  return defineColumns<WinRateRow>([
    { id: 'key', header: t('analytics.key'), value: (r) => r.label, hideable: false },
    { id: 'won', header: t('analytics.won'), value: (r) => r.won, align: 'right', className: 'text-emerald-700' },
    { id: 'lost', header: t('analytics.lost'), value: (r) => r.lost, align: 'right', className: 'text-rose-700' },
    { id: 'other', header: t('analytics.other'), value: (r) => r.other, align: 'right', className: 'text-slate-500' },
    {
      id: 'winRate',
      header: t('analytics.winRate'),
      value: (r) => (r.winRate === null ? null : Math.round(r.winRate * 1000) / 10),
      cell: (r) => (
        <div className="flex min-w-40 items-center gap-2">
          <div
            className={r.winRate === null ? 'h-2 flex-1 rounded-full bg-slate-100' : 'h-2 flex-1 overflow-hidden rounded-full bg-rose-100'}
            aria-hidden
          >
            {r.winRate !== null ? (
              <div className="h-full rounded-full bg-emerald-500" style={{ width: `${Math.round(r.winRate * 100)}%` }} />
            ) : null}
          </div>
          <span className="w-12 text-right text-xs font-medium text-slate-700 tabular-nums">{pct(r.winRate)}</span>
        </div>
      ),
    },
  ]);
}

export type ReasonRow = ReasonMatrix['reasons'][number] & { max: number };

/** Loss reasons per month: a column per month of the period, then the total. */
export function reasonColumns(t: Translate, months: readonly string[]) {
  return defineColumns<ReasonRow>([
    { id: 'reason', header: t('analytics.reason'), value: (r) => r.label, nowrap: true, hideable: false },
    ...months.map((m, i) => ({
      id: `m${m}`,
      header: m,
      value: (r: ReasonRow) => r.counts[i] ?? 0,
      cell: (r: ReasonRow) => {
        const c = r.counts[i] ?? 0;
        return c ? (
          <span className="block rounded px-1" style={{ backgroundColor: `rgba(225, 29, 72, ${0.08 + 0.3 * (c / (r.max || 1))})` }}>
            {c}
          </span>
        ) : (
          <span className="text-slate-500">·</span>
        );
      },
      align: 'right' as const,
    })),
    { id: 'total', header: t('analytics.total'), value: (r) => r.total, align: 'right', className: 'font-medium' },
  ]);
}

export const reasonRows = (m: ReasonMatrix): ReasonRow[] => m.reasons.map((r) => ({ ...r, max: Math.max(...r.counts) }));
