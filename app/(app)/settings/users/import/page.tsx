import { notFound } from 'next/navigation';
import { requireSession } from '@/lib/auth/session';
import { can } from '@/lib/auth/permissions';
import { ImportPage } from '@/components/import/import-page';
import { PeopleImportWizard } from './people-wizard';

export const metadata = { title: 'Import users' };

export default async function PeopleImportPage() {
  const session = await requireSession();
  if (!can(session.roles, 'users:manage')) notFound();
  return (
    <ImportPage ns="people.import" back="/settings/users">
      <PeopleImportWizard />
    </ImportPage>
  );
}
