import { getTranslations } from 'next-intl/server';
import { db } from '@/lib/db/client';
import { requirePermission } from '@/lib/auth/session';
import { listImportBatches } from '@/lib/server/commands/leads/import';
import { SectionCard } from '@/components/ui/card';
import { ImportPage } from '@/components/import/import-page';
import { LeadImportWizard } from './import-wizard';
import { ImportHistoryTable } from './history-table';

export default async function LeadImportPage() {
  const session = await requirePermission('lead:import');
  const t = await getTranslations('leads');
  const history = await listImportBatches(db, session);
  return (
    <ImportPage ns="leads.import" back="/leads">
      <div className="grid gap-5">
        <LeadImportWizard />
        <SectionCard title={t('import.historyTitle')}>
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
        </SectionCard>
      </div>
    </ImportPage>
  );
}
