'use client';
import { useMemo } from 'react';
import { useTranslations } from 'next-intl';
import type { ReceivableItem } from '@/lib/validation/receivables';
import { FilterSelect } from '@/components/forms/options';
import { DataTable, useTableUrl } from '@/components/data-table';
import { receivableColumns } from './columns';

type Query = { status: 'overdue' | 'due' | 'outstanding' | 'all'; owner: string | null; team: string | null; account: string | null };

/** The narrowing filters (a manager also has the team's): everything, or only the user's own. */
const SCOPES = [
  { key: 'owner', mine: 'me', mineLabel: 'ownerMe' },
  { key: 'team', mine: 'mine', mineLabel: 'teamMine' },
] as const;

/** The receivables list: filters and the keyset cursor in the URL, CSV/XLSX export of the same filter. */
export function ReceivablesList({
  query,
  initial,
  locale,
  isManager,
}: {
  query: Query;
  initial: { items: ReceivableItem[]; nextCursor: string | null };
  locale: 'ko' | 'en';
  isManager: boolean;
}) {
  const t = useTranslations('receivables');
  const url = useTableUrl({ status: 'overdue' });
  const columns = useMemo(() => receivableColumns(t, locale), [t, locale]);
  return (
    <section aria-labelledby="receivables-list-title" className="flex flex-col gap-3">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <h2 id="receivables-list-title" className="text-base font-semibold text-slate-900">
          {t('table.caption')}
        </h2>
        <div role="group" aria-label={t('filters.label')} className="flex flex-wrap items-end gap-3">
          <FilterSelect
            id="recv-status"
            label={t('filters.status')}
            value={query.status}
            onChange={(e) => url.set({ status: e.target.value || 'overdue' })}
            options={(['overdue', 'due', 'outstanding', 'all'] as const).map((s) => [s, t(`filters.${s}`)] as const)}
          />
          {SCOPES.filter((s) => isManager || s.key === 'owner').map(({ key, mine, mineLabel }) => (
            <FilterSelect
              key={key}
              id={`recv-${key}`}
              label={t(`filters.${key}`)}
              all={t(`filters.${key}All`)}
              value={query[key] === mine ? mine : ''}
              onChange={(e) => url.set({ [key]: e.target.value || null })}
              options={[[mine, t(`filters.${mineLabel}`)]]}
            />
          ))}
        </div>
      </div>
      <DataTable
        caption={t('table.caption')}
        columns={columns}
        data={initial.items}
        server={{ nextCursor: initial.nextCursor, defaults: { status: 'overdue' } }}
        rowHref={(r) => `/receivables/${r.opportunityId}`}
        exportHref="/receivables/export"
        rowTestId="receivable-row"
        testId="receivables-table"
        pending={url.pending}
        empty={{ title: query.status === 'overdue' ? t('empty.overdue') : t('empty.list'), description: t('empty.description') }}
      />
    </section>
  );
}
