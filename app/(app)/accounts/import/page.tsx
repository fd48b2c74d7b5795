import { getTranslations } from 'next-intl/server';
import { requirePermission } from '@/lib/auth/session';
import { PageHeader } from '@/components/ui/page-header';
import { AccountImportWizard } from './accounts-wizard';

export default async function AccountImportPage() {
  await requirePermission('account:edit'); // also in ./layout.tsx, before the loading state
  const t = await getTranslations('accounts.import');
  const back = { href: '/accounts', label: t('back') };
  return (
    <>
      <PageHeader title={t('title')} description={t('description')} back={back} />
      <AccountImportWizard />
    </>
  );
}
