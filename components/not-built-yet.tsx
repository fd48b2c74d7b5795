import { getTranslations } from 'next-intl/server';
import { EmptyState } from '@/components/ui/empty-state';
import { PageHeader } from '@/components/ui/page-header';

/** An honest placeholder for a page a later issue builds: no fake numbers. */
export async function NotBuiltYet({ titleKey }: { titleKey: string }) {
  const t = await getTranslations();
  return (
    <>
      <PageHeader title={t(titleKey as never)} />
      <EmptyState title={t('common.notBuiltYet')} description={t('common.notBuiltYetDescription')} />
    </>
  );
}
