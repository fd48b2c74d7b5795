import Link from 'next/link';
import { getTranslations } from 'next-intl/server';

// The one answer for a page a role may not use (forbidden() via requirePermission in
// lib/auth/session.ts): HTTP 403 and "권한이 없습니다", the same on every such page.
export default async function Forbidden() {
  const t = await getTranslations('common');
  return (
    <main className="flex min-h-screen flex-col items-center justify-center gap-3 px-4 text-center" data-testid="forbidden">
      <h1 className="text-xl font-semibold text-slate-900">{t('forbiddenTitle')}</h1>
      <p className="text-sm text-slate-600">{t('forbiddenDescription')}</p>
      <Link className="text-indigo-700 underline" href="/">
        {t('backHome')}
      </Link>
    </main>
  );
}
