'use client';
import { useId, useState } from 'react';
import { Table2, BarChart3 } from 'lucide-react';

export type FallbackTable = { caption: string; columns: string[]; rows: (string | number)[][]; numeric?: boolean[] };

/**
 * A chart with an accessible title and a table fallback: the SVG is labelled by the title, and
 * the same numbers are one click (or Enter) away as a real table — also what a screen reader is
 * offered, since recharts' SVG carries no data semantics.
 */
export function ChartCard({
  title,
  hint,
  table,
  labels,
  children,
  testId,
}: {
  title: string;
  hint?: string;
  table: FallbackTable;
  labels: { showTable: string; hideTable: string; empty: string };
  children: React.ReactNode;
  testId: string;
}) {
  const id = useId();
  const [showTable, setShowTable] = useState(false);
  const empty = table.rows.length === 0;
  return (
    <section aria-labelledby={`${id}-title`} className="rounded-lg border border-slate-200 bg-white shadow-sm" data-testid={testId}>
      <header className="flex items-start justify-between gap-2 border-b border-slate-100 px-4 py-3">
        <div>
          <h2 id={`${id}-title`} className="text-base font-semibold text-slate-900">
            {title}
          </h2>
          {hint ? <p className="mt-0.5 text-xs text-slate-500">{hint}</p> : null}
        </div>
        {!empty ? (
          <button
            type="button"
            aria-pressed={showTable}
            aria-controls={`${id}-body`}
            onClick={() => setShowTable((v) => !v)}
            className="inline-flex shrink-0 items-center gap-1 rounded-md border border-slate-300 px-2 py-1 text-xs text-slate-700 hover:bg-slate-50 focus-visible:outline-2 focus-visible:outline-indigo-500"
          >
            {showTable ? <BarChart3 aria-hidden className="size-3.5" /> : <Table2 aria-hidden className="size-3.5" />}
            {showTable ? labels.hideTable : labels.showTable}
          </button>
        ) : null}
      </header>
      <div id={`${id}-body`} className="px-2 py-3">
        {empty ? (
          <p className="px-2 py-10 text-center text-sm text-slate-500">{labels.empty}</p>
        ) : showTable ? (
          <div className="overflow-x-auto px-2">
            <table className="w-full text-sm">
              <caption className="sr-only">{table.caption}</caption>
              <thead className="text-xs text-slate-500">
                <tr>
                  {table.columns.map((c, i) => (
                    <th key={c} scope="col" className={`px-2 py-1 ${i && table.numeric?.[i] !== false ? 'text-right' : 'text-left'}`}>
                      {c}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {table.rows.map((r, i) => (
                  <tr key={i} className="border-t border-slate-100">
                    {r.map((v, j) =>
                      j === 0 ? (
                        <th key={j} scope="row" className="px-2 py-1 text-left font-medium">
                          {v}
                        </th>
                      ) : (
                        <td key={j} className={`tabular px-2 py-1 ${table.numeric?.[j] !== false ? 'text-right' : ''}`}>
                          {v}
                        </td>
                      ),
                    )}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ) : (
          <div role="img" aria-labelledby={`${id}-title`} className="h-64 w-full">
            {children}
          </div>
        )}
      </div>
    </section>
  );
}
