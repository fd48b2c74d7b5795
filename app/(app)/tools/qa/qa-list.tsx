'use client';
import { useState, useTransition, type FormEvent } from 'react';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { DataTable, useColumns } from '@/components/data-table';
import { TextInput } from '@/components/forms/field';
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
  const [text, setText] = useState(q);
  const [searching, start] = useTransition();
  const [dialog, setDialog] = useState<{ entry: QaEntryDto | null } | null>(null);
  const onSearch = (e: FormEvent) => {
    e.preventDefault();
    const s = text.trim();
    start(() => router.push(s ? `/tools/qa?q=${encodeURIComponent(s)}` : '/tools/qa'));
  };
  return (
    <div className="flex flex-col gap-3">
      <div className="flex flex-wrap items-end justify-between gap-2">
        <form onSubmit={onSearch} role="search" aria-label={t('qa.search')} className="flex flex-wrap items-end gap-2">
          <TextInput
            name="q"
            type="search"
            label={t('qa.search')}
            placeholder={t('qa.searchPlaceholder')}
            value={text}
            onChange={(e) => setText(e.target.value)}
            maxLength={100}
          />
          <Button type="submit" variant="secondary" disabled={searching}>
            {t('qa.searchButton')}
          </Button>
        </form>
        {canEdit ? <Button onClick={() => setDialog({ entry: null })}>{t('qa.new')}</Button> : null}
      </div>
      <DataTable
        caption={t('qa.caption')}
        columns={columns}
        data={rows}
        onRowOpen={canEdit ? (r) => setDialog({ entry: r }) : undefined}
        rowTestId={(r) => `qa-row-${r.id}`}
        exportHref={q ? `/tools/qa/export?q=${encodeURIComponent(q)}` : '/tools/qa/export'}
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
