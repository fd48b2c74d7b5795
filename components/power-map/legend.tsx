'use client';
import { useTranslations } from 'next-intl';
import { cn } from '@/lib/cn';
import { ROLE_ICON, STANCE_CLASS } from './card-face';

const STANCES = ['SUPPORTER', 'NEUTRAL', 'OPPONENT'] as const;
const ROLES = ['DECISION_MAKER', 'INFLUENCER', 'CHAMPION', 'GATEKEEPER', 'USER'] as const;

/** What colour, size and icon mean on the diagram (printed with it). */
export function PowerMapLegend() {
  const t = useTranslations('powerMap');
  return (
    <section aria-label={t('legend')} className="flex flex-wrap items-center gap-x-4 gap-y-2 text-xs text-slate-700">
      {STANCES.map((s) => (
        <span key={s} className="flex items-center gap-1">
          <span aria-hidden className={cn('inline-block size-3 rounded-sm border-2', STANCE_CLASS[s])} />
          {t(`stances.${s}`)}
        </span>
      ))}
      <span aria-hidden className="text-slate-500">
        |
      </span>
      {ROLES.map((r) => {
        const Icon = ROLE_ICON[r];
        return (
          <span key={r} className="flex items-center gap-1">
            <Icon aria-hidden className="size-3.5" />
            {t(`roles.${r}`)}
          </span>
        );
      })}
      <span aria-hidden className="text-slate-500">
        |
      </span>
      <span>{t('fields.power')}</span>
    </section>
  );
}
