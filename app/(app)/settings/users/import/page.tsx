import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { requireSession } from '@/lib/auth/session';
import { can } from '@/lib/auth/permissions';
import { PageHeader } from '@/components/ui/page-header';
import { PeopleImportWizard } from './people-wizard';

export const metadata = { title: 'Import users' };

export default async function PeopleImportPage() {
  const session = await requireSession();
  if (!can(session.roles, 'users:manage')) notFound();
  const t = await getTranslations('people.import');
  return (
    <>
      <PageHeader title={t('title')} description={t('description')} back={{ href: '/settings/users', label: t('back') }} />
      <PeopleImportWizard />
    </>
  );
}
