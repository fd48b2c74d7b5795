import { getTranslations } from 'next-intl/server';
import { PageSkeleton } from '@/components/ui/page-skeleton';

/** The section's loading state: a page-shaped skeleton announced to screen readers. */
export async function PostmortemSkeleton() {
  const t = await getTranslations('common');
  return <PageSkeleton variant="report" label={t('loading')} />;
}
