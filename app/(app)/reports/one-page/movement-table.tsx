'use client';
import { useMemo } from 'react';
import { useLocale, useTranslations } from 'next-intl';
import { DataTable, defineColumns } from '@/components/data-table';
import { cn } from '@/lib/cn';
import { formatKrwColumn } from '@/lib/domain/format';
import type { ClassifiedMove, MoveKind } from '@/lib/domain/reports/movement';

export const MOVE_TONE: Record<MoveKind, string> = {
  up: 'border-emerald-200 bg-emerald-50 text-emerald-800',
  down: 'border-rose-200 bg-rose-50 text-rose-800',
  new: 'border-sky-200 bg-sky-50 text-sky-800',
  won: 'border-emerald-300 bg-emerald-100 text-emerald-900',
  lost: 'border-rose-300 bg-rose-100 text-rose-900',
};

/** The largest moves since the as-of date (screen only; the report's XLSX holds every deal). */
export function MovementTable({ moves }: { moves: ClassifiedMove[] }) {
  const t = useTranslations('reports');
  const locale = useLocale() === 'en' ? 'en' : 'ko';
  const columns = useMemo(() => {
    const state = (tier: number | null, outcome: string | null) =>
      tier === null ? t('movement.newDeal') : tier === 0 ? t(`columns.${outcome}`) : t(`columns.${tier}`);
    // one unit and precision for the whole amount column (ADR 012)
    const amounts = formatKrwColumn(
      moves.map((m) => m.amount),
      locale,
    );
    const amountOf = new Map(moves.map((m, i) => [m.id, amounts[i] ?? null]));
    return defineColumns<ClassifiedMove>([
      {
        id: 'kind',
        header: t('movement.kind'),
        value: (m) => t(`movement.${m.kind}`),
        cell: (m) => <span className={cn('rounded border px-1.5 py-0.5 text-xs', MOVE_TONE[m.kind])}>{t(`movement.${m.kind}`)}</span>,
      },
      { id: 'name', header: t('movement.name'), value: (m) => m.name },
      { id: 'from', header: t('movement.from'), value: (m) => state(m.fromTier, m.fromOutcome), className: 'text-slate-500' },
      { id: 'to', header: t('movement.to'), value: (m) => state(m.toTier, m.toOutcome) },
      { id: 'amount', header: t('movement.amount'), value: (m) => amountOf.get(m.id) ?? null, align: 'right', nowrap: true },
    ]);
  }, [t, locale, moves]);
  return <DataTable caption={t('movement.largest')} columns={columns} data={moves} getRowId={(m) => m.id} compact />;
}
