'use client';
import { Bar, BarChart, CartesianGrid, Cell, ComposedChart, Legend, Line, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { ChartCard, type FallbackTable } from './chart-card';

// The executive dashboard's charts (recharts draws after hydration; animations off so the
// picture is stable for screenshots and printing). Labels arrive translated from the server.

type CardText = { title: string; hint?: string; table: FallbackTable };
type Common = { labels: { showTable: string; hideTable: string; empty: string } };

const AXIS = { fontSize: 12, fill: '#475569' };
const GRID = '#e2e8f0';

export function TierAmountChart({
  data,
  text,
  series,
  labels,
}: Common & {
  data: { column: string; label: string; amountEok: number; count: number; tone: 'open' | 'won' | 'lost' }[];
  text: CardText;
  series: { amount: string; count: string };
}) {
  return (
    <ChartCard title={text.title} table={text.table} labels={labels} testId="chart-by-tier">
      <ResponsiveContainer width="100%" height="100%">
        <ComposedChart data={data} margin={{ top: 8, right: 16, bottom: 0, left: 0 }}>
          <CartesianGrid stroke={GRID} vertical={false} />
          <XAxis dataKey="label" tick={AXIS} />
          <YAxis yAxisId="amount" tick={AXIS} width={48} />
          <YAxis yAxisId="count" orientation="right" tick={AXIS} width={36} allowDecimals={false} />
          <Tooltip />
          <Legend wrapperStyle={{ fontSize: 12 }} />
          <Bar yAxisId="amount" dataKey="amountEok" name={series.amount} fill="#6366f1" radius={[3, 3, 0, 0]} isAnimationActive={false}>
            {data.map((d) => (
              <Cell key={d.column} fill={d.tone === 'won' ? '#059669' : d.tone === 'lost' ? '#e11d48' : '#6366f1'} />
            ))}
          </Bar>
          <Line yAxisId="count" dataKey="count" name={series.count} stroke="#0f766e" strokeWidth={2} dot isAnimationActive={false} />
        </ComposedChart>
      </ResponsiveContainer>
    </ChartCard>
  );
}

export function MovementChart({
  data,
  text,
  series,
  labels,
}: Common & {
  data: { week: string; up: number; down: number; new: number; won: number; lost: number }[];
  text: CardText;
  series: { up: string; down: string; new: string; won: string; lost: string };
}) {
  return (
    <ChartCard title={text.title} table={text.table} labels={labels} testId="chart-movement">
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={data.map((d) => ({ ...d, week: d.week.slice(5) }))} margin={{ top: 8, right: 8, bottom: 0, left: 0 }}>
          <CartesianGrid stroke={GRID} vertical={false} />
          <XAxis dataKey="week" tick={AXIS} />
          <YAxis tick={AXIS} width={36} allowDecimals={false} />
          <Tooltip />
          <Legend wrapperStyle={{ fontSize: 12 }} />
          <Bar dataKey="new" name={series.new} stackId="m" fill="#38bdf8" isAnimationActive={false} />
          <Bar dataKey="up" name={series.up} stackId="m" fill="#10b981" isAnimationActive={false} />
          <Bar dataKey="won" name={series.won} stackId="m" fill="#047857" isAnimationActive={false} />
          <Bar dataKey="down" name={series.down} stackId="m" fill="#fb7185" isAnimationActive={false} />
          <Bar dataKey="lost" name={series.lost} stackId="m" fill="#be123c" isAnimationActive={false} />
        </BarChart>
      </ResponsiveContainer>
    </ChartCard>
  );
}

export function RatesChart({
  data,
  text,
  series,
  labels,
}: Common & {
  data: { label: string; winRate: number | null; bidRate: number | null }[];
  text: CardText;
  series: { winRate: string; bidRate: string };
}) {
  const pct = data.map((d) => ({
    label: d.label,
    winRate: d.winRate === null ? null : Math.round(d.winRate * 1000) / 10,
    bidRate: d.bidRate === null ? null : Math.round(d.bidRate * 1000) / 10,
  }));
  return (
    <ChartCard title={text.title} hint={text.hint} table={text.table} labels={labels} testId="chart-rates">
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={pct} margin={{ top: 8, right: 8, bottom: 0, left: 0 }}>
          <CartesianGrid stroke={GRID} vertical={false} />
          <XAxis dataKey="label" tick={AXIS} interval={0} />
          <YAxis tick={AXIS} width={40} domain={[0, 100]} unit="%" />
          <Tooltip formatter={(v) => `${v}%`} />
          <Legend wrapperStyle={{ fontSize: 12 }} />
          <Bar dataKey="winRate" name={series.winRate} fill="#059669" radius={[3, 3, 0, 0]} isAnimationActive={false} />
          <Bar dataKey="bidRate" name={series.bidRate} fill="#6366f1" radius={[3, 3, 0, 0]} isAnimationActive={false} />
        </BarChart>
      </ResponsiveContainer>
    </ChartCard>
  );
}

export function StalledChart({
  data,
  text,
  series,
  labels,
}: Common & { data: { name: string; stalled: number }[]; text: CardText; series: { count: string } }) {
  return (
    <ChartCard title={text.title} table={text.table} labels={labels} testId="chart-stalled">
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={data} layout="vertical" margin={{ top: 8, right: 16, bottom: 0, left: 8 }}>
          <CartesianGrid stroke={GRID} horizontal={false} />
          <XAxis type="number" tick={AXIS} allowDecimals={false} />
          <YAxis type="category" dataKey="name" tick={AXIS} width={90} />
          <Tooltip />
          <Bar dataKey="stalled" name={series.count} fill="#f59e0b" radius={[0, 3, 3, 0]} isAnimationActive={false} />
        </BarChart>
      </ResponsiveContainer>
    </ChartCard>
  );
}
