import { getTranslations } from 'next-intl/server';
import { requirePermission } from '@/lib/auth/session';
import { PageHeader } from '@/components/ui/page-header';
import { PipelineImportWizard } from './pipeline-wizard';

export default async function PipelineImportPage() {
  await requirePermission('opportunity:import'); // also in ./layout.tsx, before the loading state
  const t = await getTranslations('pipeline');
  const back = { href: '/tiers', label: t('import.back') };
  return (
    <>
      <PageHeader title={t('import.title')} description={t('import.description')} back={back} />
      <PipelineImportWizard />
    </>
  );
}
