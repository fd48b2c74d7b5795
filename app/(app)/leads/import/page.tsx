import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import { db } from '@/lib/db/client';
import { requirePermission } from '@/lib/auth/session';
import { listImportBatches } from '@/lib/server/commands/leads/import';
import { Badge } from '@/components/ui/badge';
import { Card, CardBody, CardHeader, CardTitle } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';
import { LeadImportWizard } from './import-wizard';
import { formatDateTime, formatNumber } from '@/lib/domain/format';

export default async function ImportPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const session = await requirePermission('lead:import');
  const t = await getTranslations('leads');
  const locale = (await getLocale()) === 'en' ? 'en' : 'ko';
  const sp = await searchParams;
  const batch = typeof sp.batch === 'string' && /^[0-9a-f-]{36}$/i.test(sp.batch) ? sp.batch : null;
  const history = await listImportBatches(db, session);
  const tone = { PENDING: 'neutral', RUNNING: 'info', DONE: 'success', FAILED: 'danger' } as const;
  return (
    <>
      <PageHeader
        title={t('import.title')}
        description={t('import.description')}
        actions={
          <Link className="text-sm font-medium text-indigo-700 hover:underline" href="/leads">
            ← {t('import.back')}
          </Link>
        }
      />
      <div className="grid gap-5">
        <LeadImportWizard initialBatchId={batch} />
        <Card>
          <CardHeader>
            <CardTitle>{t('import.historyTitle')}</CardTitle>
          </CardHeader>
          <CardBody>
            {history.length === 0 ? (
              <p className="text-sm text-slate-500">{t('import.historyEmpty')}</p>
            ) : (
              <div className="overflow-x-auto">
                <table className="w-full text-sm" data-testid="import-history">
                  <thead className="text-left text-xs text-slate-500">
                    <tr>
                      <th className="py-1">{t('import.historyFile')}</th>
                      <th>{t('import.historyWhen')}</th>
                      <th>{t('import.historyBy')}</th>
                      <th>{t('import.historyStatus')}</th>
                      <th className="text-right">{t('import.historyCounts')}</th>
                      <th />
                    </tr>
                  </thead>
                  <tbody>
                    {history.map((b) => (
                      <tr key={b.id} className="border-t border-slate-100">
                        <td className="py-2 font-medium">
                          {b.fileName} {b.dryRun ? <Badge tone="warning">{t('import.dryRunBadge')}</Badge> : null}
                          {b.message ? <span className="block text-xs font-normal text-slate-500">{b.message}</span> : null}
                        </td>
                        <td className="whitespace-nowrap text-slate-600">{formatDateTime(b.createdAt, locale)}</td>
                        <td className="text-slate-600">{b.createdBy.name}</td>
                        <td>
                          <Badge tone={tone[b.status]}>{t(`import.statusLabel.${b.status.toLowerCase() as 'done'}`)}</Badge>
                        </td>
                        <td className="text-right tabular-nums">
                          {formatNumber(b.created)} / {formatNumber(b.updated)} / {formatNumber(b.skipped)} / {formatNumber(b.failed)}
                        </td>
                        <td className="text-right">
                          {b.failed > 0 ? (
                            <a className="text-xs text-indigo-700 underline" href={`/api/v1/leads/imports/${b.id}/errors.csv`} download>
                              {t('import.downloadErrors')}
                            </a>
                          ) : null}
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )}
          </CardBody>
        </Card>
      </div>
    </>
  );
}
