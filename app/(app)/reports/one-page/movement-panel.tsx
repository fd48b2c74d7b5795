import { getTranslations } from 'next-intl/server';
import { ArrowDown, ArrowUp, CircleCheck, CircleX, Sparkles } from 'lucide-react';
import { formatKrw } from '@/lib/domain/format/money';
import { MOVE_KINDS, type ClassifiedMove, type MovementSummary } from '@/lib/domain/reports/movement';
import { cn } from '@/lib/cn';
import { MOVE_TONE, MovementTable } from './movement-table';

const ICON = { up: ArrowUp, down: ArrowDown, new: Sparkles, won: CircleCheck, lost: CircleX } as const;

/** What moved since the as-of date: up, down, new, won, lost — the weekly meeting's question. */
export async function MovementPanel({
  movement,
  locale,
}: {
  movement: { since: string; summary: MovementSummary; moves: ClassifiedMove[] };
  locale: 'ko' | 'en';
}) {
  const t = await getTranslations('reports');
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
                  MOVE_TONE[k],
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
          <MovementTable moves={movement.moves.slice(0, 12)} />
        </div>
      ) : null}
    </section>
  );
}
