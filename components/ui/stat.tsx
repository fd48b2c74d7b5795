import * as React from 'react';
import { cn } from '@/lib/cn';

const SIZES = {
  /** a tile in a card (a record's counts) */
  sm: { box: 'rounded-md border border-slate-200 px-3 py-2', label: 'text-xs text-slate-500', value: 'text-lg' },
  /** a card of its own (a page's totals) */
  lg: { box: 'rounded-lg border border-slate-200 bg-white p-4 shadow-sm', label: 'text-sm text-slate-500', value: 'mt-1 text-xl' },
} as const;

/** One figure of a `<dl>` of figures: its label, the value and an optional line under it. */
export function Stat({
  label,
  value,
  sub,
  size = 'sm',
  subClassName = 'text-slate-600',
}: {
  label: string;
  value: React.ReactNode;
  sub?: React.ReactNode;
  size?: keyof typeof SIZES;
  subClassName?: string;
}) {
  const s = SIZES[size];
  return (
    <div className={s.box}>
      <dt className={s.label}>{label}</dt>
      <dd className={cn('tabular font-semibold text-slate-900', s.value)}>{value}</dd>
      {sub ? <dd className={cn('tabular mt-0.5 text-xs', subClassName)}>{sub}</dd> : null}
    </div>
  );
}
