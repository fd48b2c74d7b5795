import { defineColumns, type Translate } from '@/components/data-table/columns';
import { linkColumn } from '@/components/data-table/column-kinds';
import { Badge, type BadgeTone } from '@/components/ui/badge';
import type { RecentDecision } from '@/lib/db/queries/vrb';
import { EMPTY, formatDateTime, formatPercent } from '@/lib/domain/format';

// The queue's "recent decisions" tab: the latest decisions across all reviews (page and export).

const DECISION_TONE: Record<string, BadgeTone> = { PASS: 'success', CONDITIONAL: 'info', HOLD: 'warning', DROP: 'danger' };

export function recentDecisionColumns(t: Translate, { locale }: { locale: 'ko' | 'en' }) {
  return defineColumns<RecentDecision>([
    {
      id: 'decidedAt',
      header: t('col.decidedAt'),
      value: (d) => new Date(d.decidedAt),
      cell: (d) => <span className="tabular-nums">{formatDateTime(d.decidedAt, locale)}</span>,
      sortable: true,
      nowrap: true,
    },
    {
      id: 'decision',
      header: t('col.decision'),
      value: (d) => t(`decision.${d.decision}`),
      cell: (d) => (
        <span className="flex flex-wrap gap-1">
          <Badge tone={DECISION_TONE[d.decision]}>{t(`decision.${d.decision}`)}</Badge>
          {d.override ? <Badge tone="warning">{t('record.decisions.override')}</Badge> : null}
        </span>
      ),
    },
    linkColumn({
      id: 'opportunity',
      header: t('col.opportunity'),
      text: (d) => d.opportunityName,
      href: (d) => `/vrb/reviews/${d.reviewId}`,
      sub: (d) => d.accountName,
      hideable: false,
    }),
    {
      id: 'stage',
      header: t('col.stage'),
      value: (d) => `${t('stageOrder', { order: d.stageOrder })} · ${locale === 'en' ? d.stageNameEn : d.stageNameKo}`,
    },
    { id: 'margin', header: t('col.margin'), align: 'right', value: (d) => (d.marginPct === null ? EMPTY : formatPercent(d.marginPct)) },
    { id: 'decidedBy', header: t('col.decidedBy'), value: (d) => d.decidedBy },
  ]);
}
