import { requirePermission } from '@/lib/auth/session';
import { ImportPage } from '@/components/import/import-page';
import { PipelineImportWizard } from './pipeline-wizard';

export default async function PipelineImportPage() {
  await requirePermission('opportunity:import'); // also in ./layout.tsx, before the loading state
  return (
    <ImportPage ns="pipeline.import" back="/tiers">
      <PipelineImportWizard />
    </ImportPage>
  );
}
