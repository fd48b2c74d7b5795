import { getTranslations } from 'next-intl/server';
import { ArrowDown, ArrowUp, CircleCheck, CircleX, Sparkles } from 'lucide-react';
import { formatKrw } from '@/lib/domain/format/money';
import { MOVE_KINDS, type ClassifiedMove, type MoveKind, type MovementSummary } from '@/lib/domain/reports/movement';
import { cn } from '@/lib/cn';
import { EMPTY } from '@/lib/domain/format';

const ICON = { up: ArrowUp, down: ArrowDown, new: Sparkles, won: CircleCheck, lost: CircleX } as const;
const TONE: Record<MoveKind, string> = {
  up: 'border-emerald-200 bg-emerald-50 text-emerald-800',
  down: 'border-rose-200 bg-rose-50 text-rose-800',
  new: 'border-sky-200 bg-sky-50 text-sky-800',
  won: 'border-emerald-300 bg-emerald-100 text-emerald-900',
  lost: 'border-rose-300 bg-rose-100 text-rose-900',
};

/** What moved since the as-of date: up, down, new, won, lost — the weekly meeting's question. */
export async function MovementPanel({
  movement,
  locale,
}: {
  movement: { since: string; summary: MovementSummary; moves: ClassifiedMove[] };
  locale: 'ko' | 'en';
}) {
  const t = await getTranslations('reports');
  const tc = await getTranslations('reports.columns');
  const state = (tier: number | null, outcome: string | null) =>
    tier === null ? t('movement.newDeal') : tier === 0 ? tc(outcome as never) : tc(String(tier) as never);
  const total = MOVE_KINDS.reduce((n, k) => n + movement.summary[k].count, 0);
  return (
    <section
      aria-labelledby="movement-title"
      className="mt-4 rounded-lg border border-slate-200 bg-white p-3 print:mt-1 print:border-0 print:p-0"
      data-testid="movement"
    >
      <h3 id="movement-title" className="text-sm font-semibold text-slate-900">
        {t('movement.title', { date: movement.since })}
      </h3>
      {total === 0 ? (
        <p className="mt-1 text-sm text-slate-500">{t('movement.none')}</p>
      ) : (
        <ul className="mt-2 flex flex-wrap gap-2 print:mt-0.5 print:gap-1">
          {MOVE_KINDS.map((k) => {
            const Icon = ICON[k];
            return (
              <li
                key={k}
                className={cn(
                  'flex items-center gap-1.5 rounded-md border px-2.5 py-1 text-sm print:px-1 print:py-0 print:text-[6.5pt]',
                  TONE[k],
                )}
                data-testid={`move-${k}`}
              >
                <Icon aria-hidden className="size-4 print:size-2.5" />
                <span className="font-medium">{t(`movement.${k}`)}</span>
                <span className="tabular font-semibold">{t('deals', { count: movement.summary[k].count })}</span>
                <span className="tabular text-xs opacity-80">{formatKrw(movement.summary[k].amount, locale)}</span>
              </li>
            );
          })}
        </ul>
      )}
      {movement.moves.length ? (
        <div className="no-print mt-3 overflow-x-auto">
          <table className="w-full text-sm">
            <caption className="mb-1 text-left text-xs font-medium text-slate-500">{t('movement.largest')}</caption>
            <thead className="text-xs text-slate-500">
              <tr>
                <th scope="col" className="px-2 py-1 text-left">
                  {t('movement.kind')}
                </th>
                <th scope="col" className="px-2 py-1 text-left">
                  {t('movement.name')}
                </th>
                <th scope="col" className="px-2 py-1 text-left">
                  {t('movement.from')}
                </th>
                <th scope="col" className="px-2 py-1 text-left">
                  {t('movement.to')}
                </th>
                <th scope="col" className="px-2 py-1 text-right">
                  {t('movement.amount')}
                </th>
              </tr>
            </thead>
            <tbody>
              {movement.moves.slice(0, 12).map((mv) => (
                <tr key={mv.id} className="border-t border-slate-100">
                  <td className="px-2 py-1">
                    <span className={cn('rounded border px-1.5 py-0.5 text-xs', TONE[mv.kind])}>{t(`movement.${mv.kind}`)}</span>
                  </td>
                  <td className="px-2 py-1">{mv.name}</td>
                  <td className="px-2 py-1 text-slate-500">{state(mv.fromTier, mv.fromOutcome)}</td>
                  <td className="px-2 py-1">{state(mv.toTier, mv.toOutcome)}</td>
                  <td className="tabular px-2 py-1 text-right">{mv.amount === null ? EMPTY : formatKrw(mv.amount, locale)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </section>
  );
}
