'use client';
import { useState, useTransition } from 'react';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { DataTable, useColumns } from '@/components/data-table';
import { hrefWith, SearchBar } from '@/components/search-bar';
import { Button } from '@/components/ui/button';
import type { ActionResult } from '@/lib/server/action';
import type { QaEntryDto } from '@/lib/server/commands/tools';
import type { CreateQaEntryInput, UpdateQaEntryInput } from '@/lib/validation/tools';
import { qaColumns } from './columns';
import { QaDialog } from './qa-dialog';

// The Q&A table with its search box (?q=, searched on the server) and, for tools:edit, the add/edit dialog.
export function QaList({
  rows,
  q,
  canEdit,
  create,
  update,
}: {
  rows: QaEntryDto[];
  q: string;
  canEdit: boolean;
  create: (input: CreateQaEntryInput) => Promise<ActionResult<QaEntryDto>>;
  update: (input: UpdateQaEntryInput) => Promise<ActionResult<QaEntryDto>>;
}) {
  const t = useTranslations('tools');
  const columns = useColumns(t, qaColumns);
  const router = useRouter();
  const [searching, start] = useTransition();
  const [dialog, setDialog] = useState<{ entry: QaEntryDto | null } | null>(null);
  return (
    <div className="flex flex-col gap-3">
      <SearchBar
        base="/tools/qa"
        initial={{ q }}
        label={t('qa.search')}
        placeholder={t('qa.searchPlaceholder')}
        submitLabel={t('qa.searchButton')}
        pending={searching}
        onSearch={(href) => start(() => router.push(href))}
        actions={canEdit ? <Button onClick={() => setDialog({ entry: null })}>{t('qa.new')}</Button> : null}
      />
      <DataTable
        caption={t('qa.caption')}
        columns={columns}
        data={rows}
        onRowOpen={canEdit ? (r) => setDialog({ entry: r }) : undefined}
        rowTestId={(r) => `qa-row-${r.id}`}
        exportHref={hrefWith('/tools/qa/export', { q })}
        initialSort={{ id: 'needType', desc: false }}
        pending={searching}
        empty={{ title: t('qa.empty.title'), description: t('qa.empty.description') }}
      />
      {dialog ? (
        <QaDialog
          entry={dialog.entry}
          onClose={() => setDialog(null)}
          onSaved={() => {
            setDialog(null);
            router.refresh();
          }}
          create={create}
          update={update}
        />
      ) : null}
    </div>
  );
}
