'use client';
import { useMemo, useState, useTransition } from 'react';
import Link from 'next/link';
import { usePathname, useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { createColumnHelper, tableFeatures, useTable } from '@tanstack/react-table';
import { formatDate, formatKrwIn, krwColumnUnit } from '@/lib/domain/format';
import type { ReceivableItem } from '@/lib/validation/receivables';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { EmptyState } from '@/components/ui/empty-state';
import { Label, Select } from '@/components/ui/input';
import { FormError } from '@/components/forms/field';
import { loadReceivablesAction } from './actions';
import { STATUS_TONE } from './labels';

type Query = { status: 'overdue' | 'due' | 'outstanding' | 'all'; owner: string | null; team: string | null; account: string | null };

const features = tableFeatures({});
const helper = createColumnHelper<typeof features, ReceivableItem>();
const NUMERIC = new Set(['amount', 'outstanding']);

/** The receivables list: filters in the URL, keyset "more" paging, CSV export of the same filter. */
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
  const router = useRouter();
  const pathname = usePathname();
  const [items, setItems] = useState(initial.items);
  const [cursor, setCursor] = useState(initial.nextCursor);
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();

  const params = (patch: Partial<Query>) => {
    const next = new URLSearchParams();
    for (const [k, v] of Object.entries({ ...query, ...patch })) if (v && !(k === 'status' && v === 'overdue')) next.set(k, v);
    return next;
  };
  const go = (patch: Partial<Query>) => {
    const p = params(patch);
    startTransition(() => router.push(`${pathname}${p.size ? `?${p}` : ''}`));
  };
  const more = () =>
    startTransition(async () => {
      setError(null);
      const r = await loadReceivablesAction({
        status: query.status,
        owner: query.owner ?? undefined,
        team: query.team ?? undefined,
        account: query.account ?? undefined,
        cursor: cursor ?? undefined,
      });
      if (!r.ok) return setError(r.error);
      setItems((xs) => [...xs, ...r.data.items]);
      setCursor(r.data.nextCursor);
    });

  const columns = useMemo(
    () =>
      helper.columns([
        helper.accessor('opportunityName', { header: () => t('table.opportunity') }),
        helper.accessor('accountName', { header: () => t('table.account') }),
        helper.accessor('ownerName', { header: () => t('table.owner') }),
        helper.accessor('kind', { header: () => t('table.kind') }),
        helper.accessor('amount', { header: () => t('table.amount') }),
        helper.accessor('outstanding', { header: () => t('table.outstanding') }),
        helper.accessor('dueDate', { header: () => t('table.dueDate') }),
        helper.accessor('status', { header: () => t('table.status') }),
        helper.display({ id: 'schedule', header: () => t('table.schedule') }),
      ]),
    [t],
  );
  const table = useTable({ features, columns, data: items, getRowId: (r) => r.id });

  // one unit and precision for the two money columns (ADR 012)
  const moneyUnit = krwColumnUnit(
    items.flatMap((r) => [r.amount, r.outstanding]),
    locale,
  );
  const cell = (col: string, r: ReceivableItem) => {
    switch (col) {
      case 'opportunityName':
        return (
          <Link href={`/opportunities/${r.opportunityId}`} className="font-medium text-indigo-700 hover:underline">
            {r.opportunityName}
          </Link>
        );
      case 'accountName':
        return r.accountName;
      case 'ownerName':
        return r.ownerName;
      case 'kind':
        return `${t(`kind.${r.kind}`)}${r.sequence > 1 ? ` ${r.sequence}` : ''}`;
      case 'amount':
        return formatKrwIn(r.amount, moneyUnit, locale);
      case 'outstanding':
        return formatKrwIn(r.outstanding, moneyUnit, locale);
      case 'dueDate':
        return formatDate(r.dueDate, locale);
      case 'status':
        return (
          <Badge tone={STATUS_TONE[r.status]}>
            {r.status === 'OVERDUE' ? t('overdueDays', { days: r.daysOverdue }) : t(`status.${r.status}`)}
          </Badge>
        );
      case 'schedule':
        return (
          <Link
            href={`/receivables/${r.opportunityId}`}
            className="text-indigo-700 underline"
            aria-label={t('table.openSchedule', { name: r.opportunityName })}
          >
            {t('table.schedule')}
          </Link>
        );
    }
    return null;
  };

  const exportParams = params({});
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
            onChange={(v) => go({ status: (v || 'overdue') as Query['status'] })}
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
            onChange={(v) => go({ owner: v || null })}
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
              onChange={(v) => go({ team: v || null })}
              options={[
                ['', t('filters.teamAll')],
                ['mine', t('filters.teamMine')],
              ]}
            />
          ) : null}
          <a
            href={`/receivables/export${exportParams.size ? `?${exportParams}` : ''}`}
            className="inline-flex h-9 items-center rounded-md border border-slate-300 bg-white px-3 text-sm text-slate-800 hover:bg-slate-50"
            download
          >
            {t('table.export')}
          </a>
        </div>
      </div>
      <FormError message={error} />
      {items.length === 0 ? (
        <EmptyState title={query.status === 'overdue' ? t('empty.overdue') : t('empty.list')} description={t('empty.description')} />
      ) : (
        <div className={`overflow-x-auto rounded-lg border border-slate-200 bg-white shadow-sm ${pending ? 'opacity-60' : ''}`}>
          <table className="w-full text-sm" data-testid="receivables-table">
            <caption className="sr-only">{t('table.caption')}</caption>
            <thead className="bg-slate-50 text-left text-xs font-medium tracking-wide text-slate-500 uppercase">
              {table.getHeaderGroups().map((g) => (
                <tr key={g.id}>
                  {g.headers.map((h) => (
                    <th key={h.id} scope="col" className={`px-3 py-2 whitespace-nowrap ${NUMERIC.has(h.column.id) ? 'text-right' : ''}`}>
                      <table.FlexRender header={h} />
                    </th>
                  ))}
                </tr>
              ))}
            </thead>
            <tbody>
              {table.getRowModel().rows.map((row) => (
                <tr key={row.id} data-testid="receivable-row" className="border-t border-slate-100 hover:bg-slate-50">
                  {row.getAllCells().map((c) => (
                    <td
                      key={c.id}
                      className={`px-3 py-2 ${NUMERIC.has(c.column.id) ? 'tabular text-right whitespace-nowrap' : ''} ${c.column.id === 'dueDate' || c.column.id === 'status' ? 'whitespace-nowrap' : ''}`}
                    >
                      {cell(c.column.id, row.original)}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {cursor ? (
        <div className="flex justify-center">
          <Button variant="secondary" size="sm" onClick={more} disabled={pending}>
            {pending ? t('table.loading') : t('table.more')}
          </Button>
        </div>
      ) : null}
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
