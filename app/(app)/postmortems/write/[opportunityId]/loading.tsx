import { getTranslations } from 'next-intl/server';
import { PageSkeleton } from '@/components/ui/page-skeleton';

// The 403 / 404 answers are given by ./layout.tsx before this streams.
export default async function Loading() {
  const t = await getTranslations('common');
  return <PageSkeleton variant="form" label={t('loading')} />;
}
