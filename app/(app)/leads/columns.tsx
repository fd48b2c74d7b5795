import type { ReactNode } from 'react';
import { defineColumns, type Translate } from '@/components/data-table/columns';
import { enumSortCodec } from '@/components/data-table/url-state';
import { Badge, type BadgeTone } from '@/components/ui/badge';
import { EMPTY, formatDate, formatKrw } from '@/lib/domain/format';
import type { LeadListItem } from '@/lib/db/queries/leads';
import type { Criterion } from '@/lib/domain/leads/qualification';

// The lead inbox's columns: rendered by the inbox (lead-inbox.tsx) and written by the export
// (app/api/v1/leads/export/route.ts) — one list, so the file has what the page shows.

export type LeadRow = LeadListItem & { checklist?: Criterion[] };

const STATUS_TONE: Record<string, BadgeTone> = { MQL: 'info', SQL: 'accent', CONVERTED: 'success', DISQUALIFIED: 'neutral' };
const TEMP_TONE: Record<string, BadgeTone> = { HOT: 'danger', WARM: 'warning', COLD: 'info' };
const dash = <span className="text-slate-500">—</span>;

/** The `sort` param of GET /leads is an enum; these columns map onto it. */
export const leadSortCodec = enumSortCodec(
  { createdAt: { asc: 'created_asc', desc: 'created_desc' }, company: { asc: 'company_asc', desc: 'company_desc' } },
  { id: 'createdAt', desc: true },
);

export function leadColumns(t: Translate, locale: 'ko' | 'en', ui: { open?: (row: LeadRow) => void } = {}) {
  const company = (r: LeadRow): ReactNode => (
    <>
      {r.company ?? r.email ?? EMPTY}
      {r.company && r.email ? <span className="block text-xs font-normal text-slate-500">{r.email}</span> : null}
    </>
  );
  return defineColumns<LeadRow>([
    {
      id: 'company',
      header: t('fields.company'),
      value: (r) => r.company,
      sortable: true,
      hideable: false,
      cell: (r) =>
        ui.open ? (
          <button
            type="button"
            className="text-left font-medium text-slate-900 hover:text-indigo-700 hover:underline"
            onClick={() => ui.open!(r)}
          >
            {company(r)}
          </button>
        ) : (
          company(r)
        ),
    },
    { id: 'email', header: t('fields.email'), value: (r) => r.email, exportOnly: true },
    { id: 'name', header: t('fields.name'), value: (r) => r.name },
    { id: 'phone', header: t('fields.phone'), value: (r) => r.phone, exportOnly: true },
    {
      id: 'status',
      header: t('fields.status'),
      value: (r) => t(`status.${r.status}`),
      cell: (r) => <Badge tone={STATUS_TONE[r.status]}>{t(`status.${r.status}`)}</Badge>,
      nowrap: true,
    },
    {
      id: 'temperature',
      header: t('fields.temperature'),
      value: (r) => (r.temperature ? t(`temperature.${r.temperature}`) : null),
      cell: (r) => (r.temperature ? <Badge tone={TEMP_TONE[r.temperature]}>{t(`temperature.${r.temperature}`)}</Badge> : dash),
      nowrap: true,
    },
    { id: 'source', header: t('fields.source'), value: (r) => (r.source ? t(`source.${r.source}`) : null), nowrap: true },
    { id: 'campaign', header: t('fields.campaign'), value: (r) => r.campaign },
    {
      id: 'owner',
      header: t('fields.owner'),
      value: (r) => r.ownerName,
      cell: (r) => r.ownerName ?? <span className="text-slate-500">{t('detail.noOwner')}</span>,
      nowrap: true,
    },
    {
      id: 'budget',
      header: t('fields.budget'),
      value: (r) => (r.budget === null ? null : Number(r.budget)),
      cell: (r) => (r.budget ? <span className="tabular-nums">{formatKrw(r.budget, locale)}</span> : dash),
      align: 'right',
      nowrap: true,
    },
    {
      id: 'checklist',
      header: t('table.checklist'),
      exportable: false,
      cell: (r) => {
        if (r.status !== 'MQL' || !r.checklist) return dash;
        const missing = r.checklist.filter((c) => !c.met);
        if (!missing.length) return <span className="text-xs font-medium text-emerald-700">✓ {t('checklist.ready')}</span>;
        return (
          <span className="text-xs text-amber-700" title={missing.map((m) => t(`checklist.${m.key}`)).join('\n')}>
            {t(`checklist.${missing[0]!.key}`)}
            {missing.length > 1 ? ` +${missing.length - 1}` : ''}
          </span>
        );
      },
    },
    {
      id: 'createdAt',
      header: t('fields.createdAt'),
      value: (r) => new Date(r.createdAt),
      cell: (r) => <span className="whitespace-nowrap text-slate-500">{formatDate(r.createdAt, locale === 'en' ? 'en' : 'ko')}</span>,
      sortable: true,
      nowrap: true,
    },
  ]);
}
