import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { requirePermission } from '@/lib/auth/session';
import { PageHeader } from '@/components/ui/page-header';
import { PipelineImportWizard } from './pipeline-wizard';

export default async function PipelineImportPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  await requirePermission('opportunity:import'); // also in ./layout.tsx, before the loading state
  const t = await getTranslations('pipeline');
  const back = (
    <Link className="text-sm font-medium text-indigo-700 hover:underline" href="/tiers">
      ← {t('import.back')}
    </Link>
  );
  const sp = await searchParams;
  const batch = typeof sp.batch === 'string' && /^[0-9a-f-]{36}$/i.test(sp.batch) ? sp.batch : null;
  return (
    <>
      <PageHeader title={t('import.title')} description={t('import.description')} actions={back} />
      <PipelineImportWizard initialBatchId={batch} />
    </>
  );
}
