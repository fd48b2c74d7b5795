import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { requirePermission } from '@/lib/auth/session';
import { PageHeader } from '@/components/ui/page-header';
import { AccountImportWizard } from './accounts-wizard';

export default async function AccountImportPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  await requirePermission('account:edit'); // also in ./layout.tsx, before the loading state
  const t = await getTranslations('accounts.import');
  const back = (
    <Link className="text-sm font-medium text-indigo-700 hover:underline" href="/accounts">
      ← {t('back')}
    </Link>
  );
  const sp = await searchParams;
  const batch = typeof sp.batch === 'string' && /^[0-9a-f-]{36}$/i.test(sp.batch) ? sp.batch : null;
  return (
    <>
      <PageHeader title={t('title')} description={t('description')} actions={back} />
      <AccountImportWizard initialBatchId={batch} />
    </>
  );
}
