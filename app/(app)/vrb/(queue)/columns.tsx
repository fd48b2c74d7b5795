import { AlertTriangle } from 'lucide-react';
import { defineColumns, type Translate } from '@/components/data-table/columns';
import { linkColumn } from '@/components/data-table/column-kinds';
import { Badge } from '@/components/ui/badge';
import { SEVERITY_TONE } from '../severity';
import type { VrbQueueFinding, VrbQueueReview } from '@/lib/db/queries/vrb';
import { computeEconomics, isOverdue, priceGuard, weightedScore, type AssessmentWeights } from '@/lib/domain/vrb';
import { isFindingOverdue } from '@/lib/domain/vrb/workflow';
import { koreaDate } from '@/lib/domain/time/korea';
import { EMPTY, formatDate, formatDateTime, formatNumber, formatPercent } from '@/lib/domain/format';

// The VRB queue's two tables (reviews: upcoming / missing opinions; open findings): the page
// (queue-tables.tsx) and the export (app/api/v1/vrb-queue/export/route.ts) use these lists.

function marginOf(r: VrbQueueReview, floorPct: number) {
  if (!r.economics) return { margin: null, guard: null };
  const e = computeEconomics(r.economics);
  const margin = e.ok ? e.value.marginPct : null;
  return { margin: margin === null ? null : Number(margin), guard: priceGuard(margin, floorPct) };
}

type Ctx = { locale: 'ko' | 'en'; floorPct: number; now: Date; weights: AssessmentWeights };

export function vrbReviewColumns(t: Translate, { locale, floorPct, now, weights }: Ctx) {
  const pct = (n: number) => formatPercent(n);
  return defineColumns<VrbQueueReview>([
    {
      id: 'scheduledAt',
      header: t('col.scheduledAt'),
      value: (r) => new Date(r.scheduledAt),
      sortable: true,
      nowrap: true,
      cell: (r) => (
        <span className="flex flex-wrap items-center gap-1.5">
          <time dateTime={new Date(r.scheduledAt).toISOString()} className="tabular-nums">
            {formatDateTime(r.scheduledAt, locale)}
          </time>
          {isOverdue({ ...r, scheduledAt: new Date(r.scheduledAt) }, now) ? <Badge tone="danger">{t('overdue')}</Badge> : null}
        </span>
      ),
    },
    {
      id: 'stage',
      header: t('col.stage'),
      value: (r) => (locale === 'en' ? r.stageNameEn : r.stageNameKo),
      cell: (r) => (
        <>
          <span className="text-xs text-slate-500">{t('stageOrder', { order: r.stageOrder })}</span>
          <p className="text-slate-800">{locale === 'en' ? r.stageNameEn : r.stageNameKo}</p>
        </>
      ),
    },
    linkColumn({
      id: 'opportunity',
      header: t('col.opportunity'),
      text: (r) => r.opportunityName,
      href: (r) => `/vrb/reviews/${r.id}`,
      sub: (r) => r.accountName,
      sortable: true,
      hideable: false,
    }),
    { id: 'account', header: t('col.account'), value: (r) => r.accountName, exportOnly: true },
    { id: 'owner', header: t('col.owner'), value: (r) => r.ownerName, sortable: true },
    {
      id: 'margin',
      header: t('col.margin'),
      align: 'right',
      sortable: true,
      value: (r) => marginOf(r, floorPct).margin,
      cell: (r) => {
        if (!r.economics) return <span className="text-xs text-slate-500">{t('noSnapshot')}</span>;
        const { margin, guard } = marginOf(r, floorPct);
        return (
          <span className="inline-flex flex-wrap items-center justify-end gap-1.5">
            <span className={guard === 'belowFloor' ? 'font-semibold text-rose-700 tabular-nums' : 'text-slate-800 tabular-nums'}>
              {margin === null ? '–' : pct(margin)}
            </span>
            {guard === 'belowFloor' ? (
              <Badge tone="danger" title={t('lowPriceHint', { floor: floorPct })} data-testid="low-price-badge">
                <AlertTriangle aria-hidden className="mr-0.5 size-3" />
                {t('lowPrice')}
              </Badge>
            ) : guard === 'noPrice' ? (
              <Badge tone="warning">{t('noPrice')}</Badge>
            ) : null}
          </span>
        );
      },
    },
    {
      id: 'score',
      header: t('col.score'),
      align: 'right',
      sortable: true,
      value: (r) => weightedScore(r.scores, weights),
      cell: (r) => {
        const w = weightedScore(r.scores, weights);
        return <span className="tabular-nums">{w === null ? EMPTY : formatNumber(w, { maxFractionDigits: 2 })}</span>;
      },
    },
    {
      id: 'opinions',
      header: t('col.opinions'),
      value: (r) => (r.missingDomains.length ? r.missingDomains.map((d) => t(`domain.${d}`)).join(', ') : t('opinionsComplete')),
      cell: (r) =>
        r.missingDomains.length === 0 ? (
          <Badge tone="success">{t('opinionsComplete')}</Badge>
        ) : (
          <span title={r.missingDomains.map((d) => t(`domain.${d}`)).join(', ')} className="flex flex-wrap gap-1">
            <Badge tone="warning">{t('missingCount', { count: r.missingDomains.length })}</Badge>
            {r.missingDomains.map((d) => (
              <Badge key={d} tone="neutral">
                {t(`domain.${d}`)}
              </Badge>
            ))}
          </span>
        ),
    },
    {
      id: 'findings',
      header: t('col.findings'),
      align: 'right',
      sortable: true,
      value: (r) => r.openFindings,
      cell: (r) =>
        r.openFindings > 0 ? (
          <Badge tone="warning">{t('openFindingsCount', { count: r.openFindings })}</Badge>
        ) : (
          <span className="text-slate-500">0</span>
        ),
    },
  ]);
}

export function vrbFindingColumns(t: Translate, { locale, now }: Ctx) {
  const SEV = { LOW: 0, MEDIUM: 1, HIGH: 2, CRITICAL: 3 } as const;
  return defineColumns<VrbQueueFinding>([
    {
      id: 'severity',
      header: t('col.severity'),
      value: (f) => t(`severity.${f.severity}`),
      sortable: true,
      cell: (f) => <Badge tone={SEVERITY_TONE[f.severity]}>{t(`severity.${f.severity}`)}</Badge>,
    },
    { id: 'severityRank', header: 'severityRank', value: (f) => SEV[f.severity], exportOnly: true },
    {
      id: 'issue',
      header: t('col.issue'),
      value: (f) => f.issue,
      hideable: false,
      className: 'max-w-md',
      cell: (f) => (
        <>
          <p className="text-slate-900">{f.issue}</p>
          <p className="text-xs text-slate-500">{t(`domain.${f.domain}`)}</p>
        </>
      ),
    },
    { id: 'domain', header: t('col.domain'), value: (f) => t(`domain.${f.domain}`), exportOnly: true },
    {
      id: 'status',
      header: t('col.status'),
      value: (f) => t(`findingStatus.${f.status}`),
      cell: (f) => <Badge tone={f.status === 'OPEN' ? 'warning' : 'info'}>{t(`findingStatus.${f.status}`)}</Badge>,
    },
    linkColumn({
      id: 'opportunity',
      header: t('col.opportunity'),
      text: (f) => f.review.opportunityName,
      href: (f) => `/vrb/reviews/${f.review.id}#finding-${f.id}`,
      sub: (f) => f.review.accountName,
    }),
    {
      id: 'dueDate',
      header: t('col.dueDate'),
      value: (f) => f.dueDate,
      sortable: true,
      nowrap: true,
      cell: (f) =>
        f.dueDate ? (
          isFindingOverdue(f, now) ? (
            <Badge tone="danger" data-testid="queue-finding-overdue">
              {t('record.findings.overdue', { date: formatDate(f.dueDate, locale) })}
            </Badge>
          ) : (
            <time dateTime={koreaDate(f.dueDate)}>{formatDate(f.dueDate, locale)}</time>
          )
        ) : (
          EMPTY
        ),
    },
    { id: 'overdue', header: t('overdue'), value: (f) => (isFindingOverdue(f, now) ? t('overdue') : ''), exportOnly: true },
    {
      id: 'stage',
      header: t('col.stage'),
      value: (f) => (locale === 'en' ? f.review.stageNameEn : f.review.stageNameKo),
    },
    {
      id: 'scheduledAt',
      header: t('col.scheduledAt'),
      value: (f) => new Date(f.review.scheduledAt),
      cell: (f) => <time dateTime={new Date(f.review.scheduledAt).toISOString()}>{formatDateTime(f.review.scheduledAt, locale)}</time>,
      nowrap: true,
    },
  ]);
}
