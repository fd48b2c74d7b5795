'use client';
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { formatKrw } from '@/lib/domain/format/money';
import { ChartCard, type FallbackTable } from './chart-card';

// A bar chart of chart-ready rows in a ChartCard (recharts draws after hydration; animation off for
// stable screenshots). Every prop is plain data, so a server page renders it directly.

/** the bars' colours in order, for series that have no colour of their own */
const PALETTE = ['#e11d48', '#f59e0b', '#6366f1', '#0ea5e9', '#10b981', '#a855f7', '#64748b', '#f97316'];
const AXIS = { fontSize: 12, fill: '#475569' };

export function BarChartCard({
  title,
  hint,
  table,
  labels,
  testId,
  data,
  x,
  bars,
  stacked,
  krw,
}: {
  title: string;
  hint?: string;
  table: FallbackTable;
  labels: { showTable: string; hideTable: string; empty: string };
  testId: string;
  /** one row per category: `x` names it, each bar's `key` holds its value */
  data: Record<string, string | number>[];
  x: string;
  /** the series (more than one: a legend) */
  bars: { key: string; name: string }[];
  /** the series stack into one bar per category */
  stacked?: boolean;
  /** the values are amounts of won: the axis and the tooltip show them with formatKrw in this locale (else whole counts) */
  krw?: 'ko' | 'en';
}) {
  const money = (v: unknown) => formatKrw(Number(v), krw);
  return (
    <ChartCard title={title} hint={hint} table={table} labels={labels} testId={testId}>
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={data} margin={{ top: 8, right: 8, bottom: 0, left: krw ? 8 : 0 }}>
          <CartesianGrid stroke="#e2e8f0" vertical={false} />
          <XAxis dataKey={x} tick={AXIS} />
          {krw ? <YAxis tickFormatter={money} tick={AXIS} width={72} /> : <YAxis allowDecimals={false} tick={AXIS} width={32} />}
          <Tooltip formatter={krw ? money : undefined} />
          {bars.length > 1 ? <Legend wrapperStyle={{ fontSize: 12 }} /> : null}
          {bars.map((b, i) => (
            <Bar
              key={b.key}
              dataKey={b.key}
              name={b.name}
              stackId={stacked ? 'stack' : undefined}
              fill={PALETTE[i % PALETTE.length]}
              isAnimationActive={false}
            />
          ))}
        </BarChart>
      </ResponsiveContainer>
    </ChartCard>
  );
}
