import { getTranslations } from 'next-intl/server';

export default async function Loading() {
  const t = await getTranslations('common');
  return (
    <div role="status" aria-live="polite" className="space-y-3">
      <div className="h-7 w-56 animate-pulse rounded bg-slate-200" />
      <div className="h-20 animate-pulse rounded-lg bg-slate-100" />
      <div className="h-96 animate-pulse rounded-lg bg-slate-100" />
      <span className="sr-only">{t('loading')}</span>
    </div>
  );
}
