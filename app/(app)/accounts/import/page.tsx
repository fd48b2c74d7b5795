import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { requireSession } from '@/lib/auth/session';
import { can } from '@/lib/auth/permissions';
import { EmptyState } from '@/components/ui/empty-state';
import { PageHeader } from '@/components/ui/page-header';
import { AccountImportWizard } from './accounts-wizard';

export default async function AccountImportPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const session = await requireSession();
  const t = await getTranslations('accounts.import');
  const te = await getTranslations('errors');
  const back = (
    <Link className="text-sm font-medium text-indigo-700 hover:underline" href="/accounts">
      ← {t('back')}
    </Link>
  );
  if (!can(session.roles, 'account:edit')) return <EmptyState title={te('forbidden')} action={back} />;
  const sp = await searchParams;
  const batch = typeof sp.batch === 'string' && /^[0-9a-f-]{36}$/i.test(sp.batch) ? sp.batch : null;
  return (
    <>
      <PageHeader title={t('title')} description={t('description')} actions={back} />
      <AccountImportWizard initialBatchId={batch} />
    </>
  );
}
