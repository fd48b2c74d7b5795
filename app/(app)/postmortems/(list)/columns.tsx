import Link from 'next/link';
import { defineColumns, type Translate } from '@/components/data-table/columns';
import { linkColumn } from '@/components/data-table/column-kinds';
import { Badge } from '@/components/ui/badge';
import { formatKrw } from '@/lib/domain/format/money';
import type { PendingRow, PostmortemListRow } from '@/lib/db/queries/postmortems';
import { OUTCOME_TONE, type OutcomeKey } from '../labels';

// The postmortem lists' columns (pending, drafts, published): the page (tables.tsx) and the export
// (app/api/v1/postmortems/export/route.ts).

export type PendingItem = PendingRow & { state: 'OVERDUE' | 'DUE'; dueAt: Date; daysLeft: number; writable?: boolean };

const day = (locale: 'ko' | 'en') => {
  const f = new Intl.DateTimeFormat(locale === 'en' ? 'en-US' : 'ko-KR', { dateStyle: 'medium', timeZone: 'Asia/Seoul' });
  return (d: Date | string | null) => (d ? f.format(new Date(d)) : '—');
};

export function pendingColumns(t: Translate, locale: 'ko' | 'en') {
  const date = day(locale);
  const dueText = (r: PendingItem) =>
    r.state === 'OVERDUE'
      ? t('list.overdue', { days: -r.daysLeft })
      : r.daysLeft === 0
        ? t('list.dueToday')
        : t('list.dueIn', { days: r.daysLeft });
  return defineColumns<PendingItem>([
    linkColumn({
      id: 'opportunity',
      header: t('list.opportunity'),
      text: (r) => r.name,
      href: (r) => (r.postmortemId ? `/postmortems/${r.postmortemId}` : `/opportunities/${r.opportunityId}`),
      label: (r) => `${r.name} — ${r.postmortemId ? t('list.openRecord') : t('list.openOpportunity')}`,
      hideable: false,
    }),
    { id: 'account', header: t('list.account'), value: (r) => r.accountName, className: 'text-slate-700' },
    {
      id: 'outcome',
      header: t('list.outcome'),
      value: (r) => t(`outcome.${r.outcome}`),
      cell: (r) => <Badge tone={OUTCOME_TONE[r.outcome as OutcomeKey]}>{t(`outcome.${r.outcome}`)}</Badge>,
    },
    {
      id: 'amount',
      header: t('list.amount'),
      value: (r) => (r.amount === null ? null : Number(r.amount)),
      cell: (r) => (r.amount ? formatKrw(r.amount, locale) : '—'),
      align: 'right',
      sortable: true,
    },
    {
      id: 'closedAt',
      header: t('list.closedAt'),
      value: (r) => new Date(r.closedAt),
      cell: (r) => date(r.closedAt),
      nowrap: true,
      sortable: true,
    },
    {
      id: 'dueAt',
      header: t('list.dueAt'),
      value: (r) => new Date(r.dueAt),
      sortable: true,
      nowrap: true,
      cell: (r) => (
        <span className={r.state === 'OVERDUE' ? 'font-medium text-rose-700' : 'text-slate-600'}>
          {date(r.dueAt)}
          <span className="ml-1.5 text-xs">({dueText(r)})</span>
        </span>
      ),
    },
    {
      id: 'state',
      header: t('list.state'),
      value: (r) => `${r.postmortemId ? t('list.draftExists') : t('list.notStarted')} (${dueText(r)})`,
      cell: (r) => (
        <div className="flex items-center gap-2">
          {r.postmortemId ? (
            <Badge tone="info">{t('list.draftExists')}</Badge>
          ) : (
            <Badge tone={r.state === 'OVERDUE' ? 'danger' : 'neutral'}>{t('list.notStarted')}</Badge>
          )}
          {r.writable ? (
            <Link
              href={`/postmortems/write/${r.opportunityId}`}
              className="text-sm font-medium text-indigo-700 hover:underline"
              aria-label={`${r.postmortemId ? t('form.edit') : t('form.write')}: ${r.name}`}
            >
              {r.postmortemId ? t('form.edit') : t('form.write')}
            </Link>
          ) : null}
        </div>
      ),
    },
  ]);
}

export function postmortemColumns(t: Translate, locale: 'ko' | 'en', dateKey: 'updatedAt' | 'heldAt') {
  const date = day(locale);
  const when = (r: PostmortemListRow) => (dateKey === 'heldAt' ? r.heldAt : null) ?? r.updatedAt;
  return defineColumns<PostmortemListRow>([
    linkColumn({
      id: 'opportunity',
      header: t('list.opportunity'),
      text: (r) => r.opportunityName,
      href: (r) => `/postmortems/${r.id}`,
      sub: (r) => r.accountName,
      after: (r) => (r.summary ? <p className="mt-0.5 line-clamp-1 max-w-md text-xs text-slate-600">{r.summary}</p> : null),
      hideable: false,
      sortable: true,
    }),
    { id: 'account', header: t('list.account'), value: (r) => r.accountName, exportOnly: true },
    { id: 'summary', header: t('list.summary'), value: (r) => r.summary, exportOnly: true },
    {
      id: 'outcome',
      header: t('list.outcome'),
      value: (r) => t(`outcome.${r.outcome}`),
      cell: (r) => <Badge tone={OUTCOME_TONE[r.outcome as OutcomeKey]}>{t(`outcome.${r.outcome}`)}</Badge>,
    },
    {
      id: 'rootCauses',
      header: t('list.rootCauses'),
      value: (r) => r.rootCauses.map((c) => t(`rootCause.${c}`)).join(', '),
      cell: (r) => (
        <div className="flex flex-wrap gap-1">
          {r.rootCauses.map((c) => (
            <Badge key={c} tone="accent">
              {t(`rootCause.${c}`)}
            </Badge>
          ))}
        </div>
      ),
    },
    { id: 'lessons', header: t('list.lessons'), value: (r) => r.lessonCount, align: 'right', sortable: true },
    { id: 'openActions', header: t('list.openActions'), value: (r) => r.openActionCount, align: 'right', sortable: true },
    {
      id: 'date',
      header: dateKey === 'heldAt' ? t('list.heldAt') : t('list.updatedAt'),
      value: (r) => new Date(when(r)),
      cell: (r) => date(when(r)),
      nowrap: true,
      sortable: true,
      className: 'text-slate-600',
    },
  ]);
}
