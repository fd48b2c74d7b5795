import type { ReactNode } from 'react';
import Link from 'next/link';
import { defineColumns, type Translate } from '@/components/data-table/columns';
import { amountColumn, linkColumn } from '@/components/data-table/column-kinds';
import { Badge } from '@/components/ui/badge';
import { cn } from '@/lib/cn';
import { EMPTY, formatDate, formatDateTime } from '@/lib/domain/format';
import { MATRIX_KEYS, type MatrixRow, type RepSummary } from '@/lib/domain/tiers';
import type { ReviewItemView } from '@/lib/db/queries/tier-reviews';

// The tier review's tables, defined once: the review page renders them (review-tables.tsx) and
// GET /api/v1/tier-reviews/{id}/export writes them (the XLSX: the movement matrix and the decisions).
// `t` is the 'tiers' namespace.

export type DecisionRow = ReviewItemView & { mayDecide: boolean };

const TONE = {
  up: 'bg-emerald-100 text-emerald-900',
  down: 'bg-rose-100 text-rose-900',
  same: 'bg-amber-100 text-amber-900',
  new: 'bg-sky-100 text-sky-900',
} as const;

/** 'NEW' → 신규, '3' → T3, 'LOST' → 실주 */
export const matrixLabel = (t: Translate, k: string) => (k === 'NEW' ? t('reviews.new') : /^\d$/.test(k) ? `T${k}` : t(`outcome.${k}`));
const tierLabel = (t: Translate, tier: number | null, outcome: string | null) =>
  tier === null ? t('reviews.new') : matrixLabel(t, tier === 0 ? (outcome ?? 'LOST') : String(tier));

/** Rows: one per rep and previous tier (matrixRows / scopeMatrixRows); a column per current tier or outcome. */
export function matrixColumns(t: Translate, opts: { repHref?: (ownerId: string) => string } = {}) {
  return defineColumns<MatrixRow>([
    {
      id: 'owner',
      header: t('reviews.owner'),
      value: (r) => r.ownerName,
      cell: (r) =>
        opts.repHref && r.ownerId ? (
          <Link href={opts.repHref(r.ownerId)} className="font-medium text-slate-900 hover:text-indigo-700 hover:underline">
            {r.ownerName}
          </Link>
        ) : (
          r.ownerName
        ),
      nowrap: true,
      hideable: false,
    },
    { id: 'from', header: `${t('reviews.previous')} → ${t('reviews.current')}`, value: (r) => matrixLabel(t, r.from), nowrap: true },
    ...MATRIX_KEYS.map((k) => ({
      id: `to${k}`,
      header: matrixLabel(t, k),
      value: (r: MatrixRow) => r.cells[k]?.count ?? 0,
      cell: (r: MatrixRow): ReactNode => {
        const c = r.cells[k];
        return c ? (
          <span className={cn('inline-block min-w-8 rounded px-1.5 text-center font-semibold tabular-nums', TONE[c.direction])}>
            {c.count}
          </span>
        ) : (
          <span className="text-slate-500">·</span>
        );
      },
      align: 'center' as const,
    })),
    { id: 'total', header: t('reviews.total'), value: (r) => r.total, align: 'right' },
  ]);
}

/** The decisions: one row per deal of the snapshot. `decisionCell` is the page's form (none in the file). */
export function decisionColumns(t: Translate, locale: 'ko' | 'en', decisionCell?: (r: DecisionRow) => ReactNode) {
  return defineColumns<DecisionRow>([
    linkColumn({
      id: 'opportunity',
      header: t('reviews.opportunity'),
      text: (r) => r.opportunityName,
      href: (r) => `/opportunities/${r.opportunityId}`,
      sub: (r) => r.accountName,
      sortable: true,
      hideable: false,
    }),
    { id: 'account', header: t('reviews.account'), value: (r) => r.accountName, exportOnly: true },
    { id: 'owner', header: t('reviews.owner'), value: (r) => r.ownerName, sortable: true, nowrap: true },
    { id: 'previous', header: t('reviews.previous'), value: (r) => tierLabel(t, r.previousTier, r.previousOutcome), nowrap: true },
    { id: 'current', header: t('reviews.current'), value: (r) => tierLabel(t, r.currentTier, r.outcome), nowrap: true },
    { id: 'live', header: t('reviews.liveTier'), value: (r) => tierLabel(t, r.liveTier, r.liveOutcome), exportOnly: true },
    amountColumn({ id: 'amount', header: t('reviews.amount'), amount: (r) => r.amount, locale, sortable: true, nowrap: true }),
    {
      id: 'decision',
      header: t('reviews.decision'),
      value: (r) => (r.decision ? t(`reviews.${r.decision}`) : null),
      cell: decisionCell
        ? (r) => decisionCell(r)
        : (r) => (r.decision ? <Badge tone="neutral">{t(`reviews.${r.decision}`)}</Badge> : EMPTY),
      hideable: false,
    },
    { id: 'reason', header: t('reviews.reason'), value: (r) => r.reason, exportOnly: true },
    { id: 'nextStep', header: t('reviews.nextStep'), value: (r) => r.nextStep, exportOnly: true },
    {
      id: 'nextStepDueDate',
      header: t('reviews.due'),
      value: (r) => (r.nextStepDueDate ? formatDate(r.nextStepDueDate, locale) : null),
      exportOnly: true,
    },
    { id: 'decidedBy', header: t('reviews.decidedByHeader'), value: (r) => r.decidedByName, exportOnly: true },
    {
      id: 'decidedAt',
      header: t('reviews.decidedAt'),
      value: (r) => (r.decidedAt ? formatDateTime(r.decidedAt, locale) : null),
      exportOnly: true,
    },
  ]);
}

/** The one-page print's rep table: movement and decisions per rep. */
export function repSummaryColumns(t: Translate) {
  const n = (id: string, header: string, value: (r: RepSummary) => number) => ({
    id,
    header,
    value,
    align: 'right' as const,
    cell: (r: RepSummary) => (value(r) ? value(r) : <span className="text-slate-500">·</span>),
  });
  return defineColumns<RepSummary>([
    {
      id: 'owner',
      header: t('reviews.owner'),
      value: (r) => r.ownerName,
      cell: (r) => (
        <span className="whitespace-nowrap">
          {r.ownerName}
          {r.stagnant ? (
            <Badge tone="warning" className="ml-1">
              {t('reviews.stagnantBadge')}
            </Badge>
          ) : null}
        </span>
      ),
    },
    n('up', t('reviews.upHeader'), (r) => r.up),
    n('down', t('reviews.downHeader'), (r) => r.down),
    n('same', t('reviews.sameHeader'), (r) => r.same),
    n('added', t('reviews.new'), (r) => r.added),
    n('ADVANCE', t('reviews.ADVANCE'), (r) => r.decided.ADVANCE),
    n('HOLD', t('reviews.HOLD'), (r) => r.decided.HOLD),
    n('DOWNGRADE', t('reviews.DOWNGRADE'), (r) => r.decided.DOWNGRADE),
    n('DROP', t('reviews.DROP'), (r) => r.decided.DROP),
    n('undecided', t('reviews.undecided'), (r) => r.undecided),
  ]);
}
