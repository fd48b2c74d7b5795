import { getTranslations } from 'next-intl/server';

export default async function Loading() {
  const t = await getTranslations('powerMap');
  return (
    <p className="p-6 text-sm text-slate-600" aria-busy="true">
      {t('loading')}
    </p>
  );
}
