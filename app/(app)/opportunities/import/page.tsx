import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { requireSession } from '@/lib/auth/session';
import { can } from '@/lib/auth/permissions';
import { EmptyState } from '@/components/ui/empty-state';
import { PageHeader } from '@/components/ui/page-header';
import { PipelineImportWizard } from './pipeline-wizard';

export default async function PipelineImportPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const session = await requireSession();
  const t = await getTranslations('pipeline');
  const te = await getTranslations('errors');
  const back = (
    <Link className="text-sm font-medium text-indigo-700 hover:underline" href="/tiers">
      ← {t('import.back')}
    </Link>
  );
  if (!can(session.roles, 'opportunity:import')) return <EmptyState title={te('forbidden')} action={back} />;
  const sp = await searchParams;
  const batch = typeof sp.batch === 'string' && /^[0-9a-f-]{36}$/i.test(sp.batch) ? sp.batch : null;
  return (
    <>
      <PageHeader title={t('import.title')} description={t('import.description')} actions={back} />
      <PipelineImportWizard initialBatchId={batch} />
    </>
  );
}
