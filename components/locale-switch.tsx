'use client';
import { useTransition } from 'react';
import { useLocale, useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { cn } from '@/lib/cn';

/** `setLocale` is the server action app/locale-actions.ts: setLocaleAction, passed by the layout. */
export function LocaleSwitch({ setLocale }: { setLocale: (locale: string) => Promise<void> }) {
  const locale = useLocale();
  const t = useTranslations('nav');
  const router = useRouter();
  const [pending, start] = useTransition();
  const choose = (l: 'ko' | 'en') =>
    start(async () => {
      await setLocale(l);
      router.refresh();
    });
  return (
    <div role="group" aria-label={t('language')} className="inline-flex overflow-hidden rounded-md border border-slate-300 text-xs">
      {(['ko', 'en'] as const).map((l) => (
        <button
          key={l}
          type="button"
          disabled={pending}
          aria-pressed={locale === l}
          onClick={() => choose(l)}
          className={cn(
            'px-2 py-1 whitespace-nowrap',
            locale === l ? 'bg-indigo-600 text-white' : 'bg-white text-slate-700 hover:bg-slate-100',
          )}
        >
          {l === 'ko' ? '한국어' : 'English'}
        </button>
      ))}
    </div>
  );
}
