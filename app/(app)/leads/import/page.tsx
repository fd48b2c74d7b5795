import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { db } from '@/lib/db/client';
import { requirePermission } from '@/lib/auth/session';
import { listImportBatches } from '@/lib/server/commands/leads/import';
import { Card, CardBody, CardHeader, CardTitle } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';
import { LeadImportWizard } from './import-wizard';
import { ImportHistoryTable } from './history-table';

export default async function ImportPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const session = await requirePermission('lead:import');
  const t = await getTranslations('leads');
  const sp = await searchParams;
  const batch = typeof sp.batch === 'string' && /^[0-9a-f-]{36}$/i.test(sp.batch) ? sp.batch : null;
  const history = await listImportBatches(db, session);
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
            <ImportHistoryTable
              rows={history.map((b) => ({
                id: b.id,
                fileName: b.fileName,
                dryRun: b.dryRun,
                message: b.message,
                createdAt: b.createdAt.toISOString(),
                createdBy: b.createdBy.name,
                status: b.status,
                created: b.created,
                updated: b.updated,
                skipped: b.skipped,
                failed: b.failed,
              }))}
            />
          </CardBody>
        </Card>
      </div>
    </>
  );
}
