import { defineColumns, type Translate } from '@/components/data-table/columns';
import { Badge } from '@/components/ui/badge';
import { formatDateTime, formatNumber } from '@/lib/domain/format';

// The lead import history (the import page). `t` is the leads translator.
export type ImportHistoryRow = {
  id: string;
  fileName: string;
  dryRun: boolean;
  message: string | null;
  createdAt: string;
  createdBy: string;
  status: 'PENDING' | 'RUNNING' | 'DONE' | 'FAILED';
  created: number;
  updated: number;
  skipped: number;
  failed: number;
};

const TONE = { PENDING: 'neutral', RUNNING: 'info', DONE: 'success', FAILED: 'danger' } as const;

export function importHistoryColumns(t: Translate, locale: 'ko' | 'en') {
  return defineColumns<ImportHistoryRow>([
    {
      id: 'file',
      header: t('import.historyFile'),
      value: (b) => b.fileName,
      hideable: false,
      cell: (b) => (
        <span className="font-medium">
          {b.fileName} {b.dryRun ? <Badge tone="warning">{t('import.dryRunBadge')}</Badge> : null}
          {b.message ? <span className="block text-xs font-normal text-slate-500">{b.message}</span> : null}
        </span>
      ),
    },
    { id: 'when', header: t('import.historyWhen'), value: (b) => formatDateTime(new Date(b.createdAt), locale), nowrap: true },
    { id: 'by', header: t('import.historyBy'), value: (b) => b.createdBy },
    {
      id: 'status',
      header: t('import.historyStatus'),
      value: (b) => t(`import.statusLabel.${b.status.toLowerCase()}`),
      cell: (b) => <Badge tone={TONE[b.status]}>{t(`import.statusLabel.${b.status.toLowerCase()}`)}</Badge>,
    },
    {
      id: 'counts',
      header: t('import.historyCounts'),
      value: (b) => [b.created, b.updated, b.skipped, b.failed].map((n) => formatNumber(n)).join(' / '),
      align: 'right',
      className: 'tabular-nums',
    },
    {
      id: 'errors',
      header: t('import.errorsTitle'),
      exportable: false,
      align: 'right',
      cell: (b) =>
        b.failed > 0 ? (
          <a className="text-xs text-indigo-700 underline" href={`/api/v1/leads/imports/${b.id}/errors.csv`} download>
            {t('import.downloadErrors')}
          </a>
        ) : null,
    },
  ]);
}
