'use client';
import { useMemo, useState, useTransition } from 'react';
import Link from 'next/link';
import { usePathname, useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import type { LeadListItem } from '@/lib/db/queries/leads';
import type { Criterion } from '@/lib/domain/leads/qualification';
import { LEAD_SORTS, LEAD_SOURCES, LEAD_STATUSES, TEMPERATURES, type LeadSort } from '@/lib/validation/leads';
import { Button } from '@/components/ui/button';
import { Input, Label, Select } from '@/components/ui/input';
import { FormError } from '@/components/forms/field';
import { DataTable, defineColumns } from '@/components/data-table';
import { bulkLeadsAction } from './actions';
import { formatNumber } from '@/lib/domain/format';
import { leadColumns, leadSortCodec } from './columns';
import { LeadDetail } from './lead-detail';
import { FilterSelect, Options } from '@/components/forms/options';

export type InboxRow = LeadListItem & { checklist: Criterion[] };
type Query = {
  status?: string;
  temperature?: string;
  source?: string;
  campaign?: string;
  owner?: string;
  from?: string;
  to?: string;
  q?: string;
  sort: LeadSort;
  cursor: string | null;
  limit: number;
};
export type Perms = {
  edit?: boolean;
  import: boolean;
  qualify: boolean;
  assign: boolean;
  disqualify: boolean;
  convert: boolean;
  export: boolean;
};
export type Option = { id: string; name: string };
export type ReasonOption = { id: string; code: string; label: string };

export function LeadInbox(props: {
  items: InboxRow[];
  nextCursor: string | null;
  count: { count: number; capped: boolean } | null;
  query: Query;
  assignees: Option[];
  reasons: ReasonOption[];
  campaigns: string[];
  perms: Perms;
  userId: string;
  locale: 'ko' | 'en';
}) {
  const { items, query, perms } = props;
  const t = useTranslations('leads');
  const router = useRouter();
  const pathname = usePathname();
  const [pending, startTransition] = useTransition();
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [openId, setOpenId] = useState<string | null>(null);
  const [q, setQ] = useState(query.q ?? '');
  const [bulkOwner, setBulkOwner] = useState('');
  const [bulkReason, setBulkReason] = useState('');
  const [bulkMsg, setBulkMsg] = useState<string | null>(null);
  const [bulkErr, setBulkErr] = useState<string | null>(null);

  const go = (patch: Partial<Record<keyof Query, string | null>>) => {
    const next = new URLSearchParams();
    const merged: Record<string, unknown> = { ...query, cursor: null, ...patch };
    for (const [k, v] of Object.entries(merged)) {
      if (v === null || v === undefined || v === '' || (k === 'sort' && v === 'created_desc') || (k === 'limit' && v === 50)) continue;
      next.set(k, String(v));
    }
    setSelected(new Set());
    startTransition(() => router.push(`${pathname}${next.size ? `?${next}` : ''}`));
  };

  const allOnPage = items.length > 0 && items.every((i) => selected.has(i.id));
  const runBulk = (input: Parameters<typeof bulkLeadsAction>[0]) =>
    startTransition(async () => {
      setBulkMsg(null);
      setBulkErr(null);
      const r = await bulkLeadsAction(input);
      if (r.ok) {
        setBulkMsg(t('bulk.done', { updated: r.data.updated, skipped: r.data.skipped.length }));
        setSelected(new Set());
        router.refresh();
      } else setBulkErr(r.error);
    });

  const hasFilter = !!(
    query.status ||
    query.temperature ||
    query.source ||
    query.campaign ||
    query.owner ||
    query.from ||
    query.to ||
    query.q
  );

  const columns = useMemo(
    () =>
      defineColumns<InboxRow>([
        {
          id: 'select',
          header: t('table.selectAll'),
          hideable: false,
          exportable: false,
          headerCell: () => (
            <input
              type="checkbox"
              className="size-4"
              aria-label={t('table.selectAll')}
              checked={allOnPage}
              onChange={() => setSelected(allOnPage ? new Set() : new Set(items.map((i) => i.id)))}
            />
          ),
          cell: (r) => (
            <input
              type="checkbox"
              className="size-4"
              aria-label={t('table.selectRow', { name: r.company ?? r.email ?? r.name ?? r.id })}
              checked={selected.has(r.id)}
              onChange={() =>
                setSelected((cur) => {
                  const n = new Set(cur);
                  if (n.has(r.id)) n.delete(r.id);
                  else n.add(r.id);
                  return n;
                })
              }
            />
          ),
        },
        ...leadColumns(t, props.locale, { open: (r) => setOpenId(r.id) }),
      ]),
    [t, props.locale, allOnPage, items, selected],
  );

  return (
    <div className="flex flex-col gap-3">
      <form
        role="search"
        aria-label={t('filters.label')}
        className="grid grid-cols-2 gap-2 rounded-lg border border-slate-200 bg-white p-3 shadow-sm md:grid-cols-4 lg:grid-cols-9"
        onSubmit={(e) => {
          e.preventDefault();
          go({ q: q.trim() || null });
        }}
      >
        <div className="col-span-2 flex flex-col gap-1">
          <Label htmlFor="lead-q">{t('filters.search')}</Label>
          <Input id="lead-q" type="search" value={q} placeholder={t('filters.searchPlaceholder')} onChange={(e) => setQ(e.target.value)} />
        </div>
        {(
          [
            ['status', 'f-status', t('fields.status'), LEAD_STATUSES.map((s) => [s, t(`status.${s}`)])],
            ['temperature', 'f-temp', t('fields.temperature'), TEMPERATURES.map((s) => [s, t(`temperature.${s}`)])],
            ['source', 'f-source', t('fields.source'), LEAD_SOURCES.map((s) => [s, t(`source.${s}`)])],
            ['campaign', 'f-campaign', t('fields.campaign'), props.campaigns.map((c) => [c, c])],
            [
              'owner',
              'f-owner',
              t('filters.owner'),
              [['me', t('filters.mine')], ['none', t('filters.unassigned')], ...props.assignees.map((a) => [a.id, a.name])],
            ],
          ] as ['status' | 'temperature' | 'source' | 'campaign' | 'owner', string, string, [string, string][]][]
        ).map(([key, id, label, options]) => (
          <Filter
            key={key}
            id={id}
            label={label}
            value={query[key]}
            all={t('filters.all')}
            options={options}
            onChange={(v) => go({ [key]: v })}
          />
        ))}
        <div className="flex flex-col gap-1">
          <Label htmlFor="f-from">{t('filters.from')}</Label>
          <Input id="f-from" type="date" value={query.from ?? ''} onChange={(e) => go({ from: e.target.value || null })} />
        </div>
        <div className="flex flex-col gap-1">
          <Label htmlFor="f-to">{t('filters.to')}</Label>
          <Input id="f-to" type="date" value={query.to ?? ''} onChange={(e) => go({ to: e.target.value || null })} />
        </div>
        <div className="col-span-2 flex items-end gap-2 md:col-span-4 lg:col-span-9">
          <Button type="submit" size="sm">
            {t('filters.apply')}
          </Button>
          {hasFilter ? (
            <Button
              size="sm"
              variant="ghost"
              onClick={() => {
                setQ('');
                startTransition(() => router.push(pathname));
              }}
            >
              {t('filters.reset')}
            </Button>
          ) : null}
          <div className="ml-auto flex items-center gap-2">
            <Label htmlFor="f-sort">{t('filters.sort')}</Label>
            <Select id="f-sort" className="w-44" value={query.sort} onChange={(e) => go({ sort: e.target.value })}>
              {LEAD_SORTS.map((s) => (
                <option key={s} value={s} disabled={!!query.q && s.startsWith('company')}>
                  {t(`sort.${s}`)}
                </option>
              ))}
            </Select>
          </div>
        </div>
      </form>

      {selected.size > 0 ? (
        <div
          className="flex flex-wrap items-center gap-2 rounded-lg border border-indigo-200 bg-indigo-50 px-3 py-2 text-sm"
          role="region"
          aria-label={t('bulk.selected', { count: selected.size })}
        >
          <span className="font-medium text-indigo-900">{t('bulk.selected', { count: selected.size })}</span>
          {perms.assign ? (
            <>
              <Select aria-label={t('bulk.chooseOwner')} className="w-40" value={bulkOwner} onChange={(e) => setBulkOwner(e.target.value)}>
                <Options empty={t('bulk.chooseOwner')} options={props.assignees} />
              </Select>
              <Button
                size="sm"
                variant="secondary"
                disabled={!bulkOwner || pending}
                onClick={() => runBulk({ action: 'assign', ids: [...selected], ownerId: bulkOwner })}
              >
                {t('bulk.assign')}
              </Button>
            </>
          ) : null}
          {perms.qualify ? (
            <Button
              size="sm"
              variant="secondary"
              disabled={pending}
              onClick={() => runBulk({ action: 'qualify', ids: [...selected], ...(bulkOwner ? { ownerId: bulkOwner } : {}) })}
            >
              {t('bulk.qualify')}
            </Button>
          ) : null}
          {perms.disqualify ? (
            <>
              <Select
                aria-label={t('bulk.chooseReason')}
                className="w-40"
                value={bulkReason}
                onChange={(e) => setBulkReason(e.target.value)}
              >
                <Options empty={t('bulk.chooseReason')} options={props.reasons.map((r) => ({ id: r.id, name: r.label }))} />
              </Select>
              <Button
                size="sm"
                variant="secondary"
                disabled={!bulkReason || pending}
                onClick={() => runBulk({ action: 'disqualify', ids: [...selected], reason: bulkReason })}
              >
                {t('bulk.disqualify')}
              </Button>
            </>
          ) : null}
          <Button size="sm" variant="ghost" onClick={() => setSelected(new Set())}>
            {t('bulk.clear')}
          </Button>
        </div>
      ) : null}
      {bulkMsg ? (
        <p role="status" className="text-sm text-emerald-700">
          {bulkMsg}
        </p>
      ) : null}
      <FormError message={bulkErr} />

      <DataTable
        caption={t('table.caption')}
        columns={columns}
        data={items}
        getRowId={(r) => r.id}
        server={{ nextCursor: props.nextCursor, sortCodec: leadSortCodec, defaults: { sort: 'created_desc', limit: '50' } }}
        descFirst={['createdAt']}
        onRowOpen={(r) => setOpenId(r.id)}
        exportHref={perms.export ? '/leads/export' : undefined}
        rowTestId="lead-row"
        rowClassName={(r) => (selected.has(r.id) ? 'bg-indigo-50/50' : undefined)}
        pending={pending}
        toolbar={
          <span data-testid="lead-count" className="text-sm text-slate-500">
            {props.count
              ? props.count.capped
                ? t('table.countCapped', { count: formatNumber(props.count.count) })
                : t('table.count', { count: formatNumber(props.count.count) })
              : null}
          </span>
        }
        empty={{
          title: hasFilter ? t('empty.title') : t('empty.noLeads'),
          description: t('empty.description'),
          action: perms.import ? (
            <Link className="text-sm font-medium text-indigo-700 underline" href="/leads/import">
              {t('importButton')}
            </Link>
          ) : undefined,
        }}
      />

      {openId ? (
        <LeadDetail
          id={openId}
          onClose={() => setOpenId(null)}
          assignees={props.assignees}
          reasons={props.reasons}
          perms={perms}
          userId={props.userId}
          locale={props.locale}
          onChanged={() => router.refresh()}
        />
      ) : null}
    </div>
  );
}

/** An inbox filter: "all" clears it. */
function Filter({
  value,
  onChange,
  ...p
}: {
  id: string;
  label: string;
  value?: string;
  all: string;
  options: [string, string][];
  onChange: (v: string | null) => void;
}) {
  return <FilterSelect {...p} value={value ?? ''} onChange={(e) => onChange(e.target.value || null)} />;
}
