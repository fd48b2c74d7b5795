import { getTranslations } from 'next-intl/server';
import { db } from '@/lib/db/client';
import { LocaleSwitch } from '@/components/locale-switch';
import { setLocaleAction } from '@/app/locale-actions';
import { inspectSetupToken } from '@/lib/server/commands/people';
import { completeSetupAction } from './actions';
import { SetupForm } from './setup-form';

export const metadata = { title: 'Set password', robots: { index: false } };

// Public page: the person opens their one-time link and chooses their own password.
export default async function SetupPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const t = await getTranslations();
  const info = token.length >= 20 && token.length <= 200 ? await inspectSetupToken(db, token) : { state: 'UNKNOWN', user: null };
  return (
    <main className="flex min-h-screen items-center justify-center bg-gradient-to-br from-slate-100 to-indigo-50 px-4">
      <div className="w-full max-w-sm rounded-xl border border-slate-200 bg-white p-8 shadow-lg">
        <div className="mb-6 flex items-start justify-between">
          <p className="text-2xl font-bold tracking-tight text-indigo-700">{t('common.appName')}</p>
          <LocaleSwitch setLocale={setLocaleAction} />
        </div>
        <h1 className="mb-4 text-lg font-semibold">{t('people.setup.title')}</h1>
        {info.user ? (
          <>
            <p className="mb-4 text-sm text-slate-700">{t('people.setup.intro', { name: info.user.name, email: info.user.email })}</p>
            <SetupForm token={token} action={completeSetupAction} />
          </>
        ) : (
          <p role="status" className="rounded-md bg-amber-50 p-3 text-sm text-amber-900">
            {t('people.setup.invalid')}
          </p>
        )}
      </div>
    </main>
  );
}
