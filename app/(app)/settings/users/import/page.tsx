import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { requireSession } from '@/lib/auth/session';
import { can } from '@/lib/auth/permissions';
import { PageHeader } from '@/components/ui/page-header';
import { PeopleImportWizard } from './people-wizard';

export const metadata = { title: 'Import users' };

export default async function PeopleImportPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const session = await requireSession();
  if (!can(session.roles, 'users:manage')) notFound();
  const t = await getTranslations('people.import');
  const sp = await searchParams;
  const batch = typeof sp.batch === 'string' && /^[0-9a-f-]{36}$/i.test(sp.batch) ? sp.batch : null;
  return (
    <>
      <PageHeader
        title={t('title')}
        description={t('description')}
        actions={
          <Link className="text-sm text-indigo-700 underline" href="/settings/users">
            ← {t('back')}
          </Link>
        }
      />
      <PeopleImportWizard initialBatchId={batch} />
    </>
  );
}
