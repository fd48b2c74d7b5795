import { getTranslations } from 'next-intl/server';

export default async function Loading() {
  const t = await getTranslations('common');
  return (
    <div role="status" aria-live="polite" className="space-y-4">
      <div className="h-7 w-48 animate-pulse rounded bg-slate-200" />
      <div className="grid gap-3 sm:grid-cols-3">
        {[0, 1, 2].map((i) => (
          <div key={i} className="h-16 animate-pulse rounded-lg bg-slate-100" />
        ))}
      </div>
      <div className="h-96 animate-pulse rounded-lg bg-slate-100" />
      <span className="sr-only">{t('loading')}</span>
    </div>
  );
}
