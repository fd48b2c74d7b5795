import { getTranslations } from 'next-intl/server';

/** The section's loading state: a page-shaped skeleton announced to screen readers. */
export async function PostmortemSkeleton() {
  const t = await getTranslations('common');
  return (
    <div role="status" aria-live="polite" className="space-y-4">
      <div className="h-7 w-48 animate-pulse rounded bg-slate-200" />
      <div className="h-16 animate-pulse rounded-lg bg-slate-100" />
      <div className="h-96 animate-pulse rounded-lg bg-slate-100" />
      <span className="sr-only">{t('loading')}</span>
    </div>
  );
}
