'use client';
import { useMemo } from 'react';
import { useTranslations } from 'next-intl';
import type { ReceivableItem } from '@/lib/validation/receivables';
import { Label, Select } from '@/components/ui/input';
import { DataTable, useTableUrl } from '@/components/data-table';
import { receivableColumns } from './columns';

type Query = { status: 'overdue' | 'due' | 'outstanding' | 'all'; owner: string | null; team: string | null; account: string | null };

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
          <Filter
            id="recv-status"
            label={t('filters.status')}
            value={query.status}
            onChange={(v) => url.set({ status: v || 'overdue' })}
            options={[
              ['overdue', t('filters.overdue')],
              ['due', t('filters.due')],
              ['outstanding', t('filters.outstanding')],
              ['all', t('filters.all')],
            ]}
          />
          <Filter
            id="recv-owner"
            label={t('filters.owner')}
            value={query.owner === 'me' ? 'me' : ''}
            onChange={(v) => url.set({ owner: v || null })}
            options={[
              ['', t('filters.ownerAll')],
              ['me', t('filters.ownerMe')],
            ]}
          />
          {isManager ? (
            <Filter
              id="recv-team"
              label={t('filters.team')}
              value={query.team === 'mine' ? 'mine' : ''}
              onChange={(v) => url.set({ team: v || null })}
              options={[
                ['', t('filters.teamAll')],
                ['mine', t('filters.teamMine')],
              ]}
            />
          ) : null}
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

function Filter({
  id,
  label,
  value,
  options,
  onChange,
}: {
  id: string;
  label: string;
  value: string;
  options: [string, string][];
  onChange: (v: string) => void;
}) {
  return (
    <div className="flex flex-col gap-1">
      <Label htmlFor={id}>{label}</Label>
      <Select id={id} value={value} onChange={(e) => onChange(e.target.value)}>
        {options.map(([v, l]) => (
          <option key={v} value={v}>
            {l}
          </option>
        ))}
      </Select>
    </div>
  );
}
