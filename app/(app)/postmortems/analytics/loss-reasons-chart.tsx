'use client';
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { ChartCard, type FallbackTable } from '@/components/charts/chart-card';

// Loss reasons stacked per month (recharts draws after hydration; animation off for stable
// screenshots). The table fallback carries the same numbers for keyboard and screen readers.
const COLORS = ['#e11d48', '#f59e0b', '#6366f1', '#0ea5e9', '#10b981', '#a855f7', '#64748b', '#f97316'];

export function LossReasonsChart({
  months,
  reasons,
  title,
  hint,
  table,
  labels,
}: {
  months: string[];
  reasons: { id: string; label: string; counts: number[] }[];
  title: string;
  hint: string;
  table: FallbackTable;
  labels: { showTable: string; hideTable: string; empty: string };
}) {
  const data = months.map((m, i) => ({ month: m, ...Object.fromEntries(reasons.map((r) => [r.id, r.counts[i] ?? 0])) }));
  return (
    <ChartCard title={title} hint={hint} table={table} labels={labels} testId="chart-loss-reasons">
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={data} margin={{ top: 8, right: 8, bottom: 0, left: 0 }}>
          <CartesianGrid stroke="#e2e8f0" vertical={false} />
          <XAxis dataKey="month" tick={{ fontSize: 12, fill: '#475569' }} />
          <YAxis allowDecimals={false} tick={{ fontSize: 12, fill: '#475569' }} width={32} />
          <Tooltip />
          <Legend wrapperStyle={{ fontSize: 12 }} />
          {reasons.map((r, i) => (
            <Bar key={r.id} dataKey={r.id} name={r.label} stackId="reasons" fill={COLORS[i % COLORS.length]} isAnimationActive={false} />
          ))}
        </BarChart>
      </ResponsiveContainer>
    </ChartCard>
  );
}
