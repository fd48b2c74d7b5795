'use client';
import { useState, useTransition } from 'react';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { DataTable, useColumns } from '@/components/data-table';
import { hrefWith, SearchBar } from '@/components/search-bar';
import { Button } from '@/components/ui/button';
import type { ActionResult } from '@/lib/server/action';
import type { ExpertDto, ExpertListItemDto } from '@/lib/server/commands/tools';
import type { CreateExpertInput } from '@/lib/validation/experts';
import { expertColumns } from './columns';
import { ExpertDialog } from './expert-dialog';

type Filters = { q: string; kind: string; field: string };
const KINDS = ['INTERNAL', 'EXTERNAL'] as const;

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
  const [searching, start] = useTransition();
  const [adding, setAdding] = useState(false);
  return (
    <div className="flex flex-col gap-3">
      <SearchBar
        base="/tools/experts"
        initial={filters}
        label={t('search')}
        placeholder={t('searchPlaceholder')}
        submitLabel={t('searchButton')}
        pending={searching}
        onSearch={(href) => start(() => router.push(href))}
        actions={canEdit ? <Button onClick={() => setAdding(true)}>{t('new')}</Button> : null}
        selects={[
          {
            name: 'kind',
            label: t('filters.kind'),
            placeholder: t('filters.allKinds'),
            options: KINDS.map((k) => [k, t(`kind.${k}`)] as const),
          },
          { name: 'field', label: t('filters.field'), placeholder: t('filters.allFields'), options: fields.map((x) => [x, x] as const) },
        ]}
      />
      <DataTable
        caption={t('caption')}
        columns={columns}
        data={rows}
        rowHref={(r) => `/tools/experts/${r.id}`}
        rowTestId={(r) => `expert-row-${r.name}`}
        exportHref={hrefWith('/tools/experts/export', filters)}
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
