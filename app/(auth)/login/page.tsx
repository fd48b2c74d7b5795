import { redirect } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { db } from '@/lib/db/client';
import { userExistsWithEmail } from '@/lib/db/queries/users';
import { getSession } from '@/lib/auth/session';
import { LocaleSwitch } from '@/components/locale-switch';
import { setLocaleAction } from '../../locale-actions';
import { LoginForm } from './login-form';

export const metadata = { title: 'Login' };

export default async function LoginPage({ searchParams }: { searchParams: Promise<{ next?: string }> }) {
  if (await getSession()) redirect('/');
  const t = await getTranslations();
  const { next } = await searchParams;
  // the demo hint only where the demo data was loaded
  const hasDemo = await userExistsWithEmail(db, 'rep1@tierline.local');
  return (
    <main className="flex min-h-screen items-center justify-center bg-gradient-to-br from-slate-100 to-indigo-50 px-4">
      <div className="w-full max-w-sm rounded-xl border border-slate-200 bg-white p-8 shadow-lg">
        <div className="mb-6 flex items-start justify-between">
          <div>
            <p className="text-2xl font-bold tracking-tight text-indigo-700">{t('common.appName')}</p>
            <p className="text-sm text-slate-500">{t('common.tagline')}</p>
          </div>
          <LocaleSwitch setLocale={setLocaleAction} />
        </div>
        <h1 className="mb-4 text-lg font-semibold">{t('auth.title')}</h1>
        <LoginForm next={typeof next === 'string' ? next : undefined} />
        {hasDemo ? <p className="mt-6 text-xs text-slate-500">{t('auth.demoHint')}</p> : null}
      </div>
    </main>
  );
}
