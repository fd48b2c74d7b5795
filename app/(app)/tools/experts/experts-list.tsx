'use client';
import { useState, useTransition, type FormEvent } from 'react';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { DataTable, useColumns } from '@/components/data-table';
import { SelectField, TextInput } from '@/components/forms/field';
import { Button } from '@/components/ui/button';
import type { ActionResult } from '@/lib/server/action';
import type { ExpertDto, ExpertListItemDto } from '@/lib/server/commands/tools';
import type { CreateExpertInput } from '@/lib/validation/experts';
import { expertColumns } from './columns';
import { ExpertDialog } from './expert-dialog';

type Filters = { q: string; kind: string; field: string };
const hrefOf = (base: string, f: Filters) => {
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries(f)) if (v.trim()) p.set(k, v.trim());
  const s = p.toString();
  return s ? `${base}?${s}` : base;
};

// The experts table with its search box and filters (?q=&kind=&field=, searched on the server) and,
// for tools:edit, the add dialog.
export function ExpertsList({
  rows,
  filters,
  fields,
  users,
  canEdit,
  create,
}: {
  rows: ExpertListItemDto[];
  filters: Filters;
  fields: string[];
  users: { id: string; name: string }[];
  canEdit: boolean;
  create: (input: CreateExpertInput) => Promise<ActionResult<ExpertDto>>;
}) {
  const t = useTranslations('experts');
  const columns = useColumns(t, expertColumns);
  const router = useRouter();
  const [f, setF] = useState(filters);
  const [searching, start] = useTransition();
  const [adding, setAdding] = useState(false);
  const onSearch = (e: FormEvent) => {
    e.preventDefault();
    start(() => router.push(hrefOf('/tools/experts', f)));
  };
  return (
    <div className="flex flex-col gap-3">
      <div className="flex flex-wrap items-end justify-between gap-2">
        <form onSubmit={onSearch} role="search" aria-label={t('search')} className="flex flex-wrap items-end gap-2">
          <TextInput
            name="q"
            type="search"
            label={t('search')}
            placeholder={t('searchPlaceholder')}
            value={f.q}
            onChange={(e) => setF({ ...f, q: e.target.value })}
            maxLength={100}
          />
          <SelectField
            name="kind"
            label={t('filters.kind')}
            value={f.kind}
            onChange={(e) => setF({ ...f, kind: e.target.value })}
            placeholder={t('filters.allKinds')}
            options={[
              ['INTERNAL', t('kind.INTERNAL')],
              ['EXTERNAL', t('kind.EXTERNAL')],
            ]}
          />
          <SelectField
            name="field"
            label={t('filters.field')}
            value={f.field}
            onChange={(e) => setF({ ...f, field: e.target.value })}
            placeholder={t('filters.allFields')}
            options={fields.map((x) => [x, x] as const)}
          />
          <Button type="submit" variant="secondary" disabled={searching}>
            {t('searchButton')}
          </Button>
        </form>
        {canEdit ? <Button onClick={() => setAdding(true)}>{t('new')}</Button> : null}
      </div>
      <DataTable
        caption={t('caption')}
        columns={columns}
        data={rows}
        rowHref={(r) => `/tools/experts/${r.id}`}
        rowTestId={(r) => `expert-row-${r.name}`}
        exportHref={hrefOf('/tools/experts/export', filters)}
        initialSort={{ id: 'name', desc: false }}
        pending={searching}
        empty={{ title: t('empty.title'), description: t('empty.description') }}
      />
      {adding ? (
        <ExpertDialog
          onClose={() => setAdding(false)}
          onSaved={(e) => {
            setAdding(false);
            router.push(`/tools/experts/${e.id}`);
          }}
          create={create}
          users={users}
          fields={fields}
        />
      ) : null}
    </div>
  );
}
