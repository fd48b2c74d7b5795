'use client';
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { ChartCard, type FallbackTable } from '@/components/charts/chart-card';
import { formatKrw } from '@/lib/domain/format/money';

// Overdue receivables by age (0–30, 31–60, 61–90, 90+ days). The table fallback carries the same
// numbers (exact sums, formatted) for keyboard and screen-reader users.
export function AgingChart({
  title,
  hint,
  data,
  table,
  labels,
  locale,
}: {
  title: string;
  hint: string;
  data: { label: string; amount: number; count: number }[];
  table: FallbackTable;
  labels: { showTable: string; hideTable: string; empty: string };
  locale: 'ko' | 'en';
}) {
  return (
    <ChartCard title={title} hint={hint} table={table} labels={labels} testId="chart-aging">
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={data} margin={{ top: 8, right: 8, bottom: 0, left: 8 }}>
          <CartesianGrid stroke="#e2e8f0" vertical={false} />
          <XAxis dataKey="label" tick={{ fontSize: 12, fill: '#475569' }} />
          <YAxis tickFormatter={(v: number) => formatKrw(v, locale)} tick={{ fontSize: 12, fill: '#475569' }} width={72} />
          <Tooltip formatter={(v) => formatKrw(Number(v), locale)} />
          <Bar dataKey="amount" name={table.columns[1]} fill="#e11d48" isAnimationActive={false} />
        </BarChart>
      </ResponsiveContainer>
    </ChartCard>
  );
}
