'use client';
import { useMemo } from 'react';
import { useLocale, useTranslations } from 'next-intl';
import { DataTable } from '@/components/data-table';
import type { ActionResult } from '@/lib/server/action';
import { CompleteActionItemForm } from './forms';
import { actionItemColumns, type ActionItemRow } from './columns';

/** The action items; `completable` ids get the "mark done" form (their owner, or a manager of the deal). */
export function ActionItemsTable(props: {
  postmortemId: string;
  rows: ActionItemRow[];
  completable: string[];
  action: (i: { actionItemId: string; note?: string | null }) => Promise<ActionResult<void>>;
}) {
  const t = useTranslations('postmortems');
  const locale = useLocale() === 'en' ? 'en' : 'ko';
  const { completable, action } = props;
  const columns = useMemo(
    () =>
      actionItemColumns(t, locale, (r) =>
        completable.includes(r.id) ? <CompleteActionItemForm id={r.id} title={r.title} overdue={r.overdue} action={action} /> : null,
      ),
    [t, locale, completable, action],
  );
  return (
    <DataTable
      caption={t('record.actionItems')}
      columns={columns}
      data={props.rows}
      getRowId={(r) => r.id}
      exportHref={`/postmortems/${props.postmortemId}/export`}
      testId="action-items"
      empty={{ title: t('record.noActionItems') }}
      maxHeight="none"
      hideColumnMenu
    />
  );
}
