// The kit's one print table, hand-written on purpose: the one-page report's print layout (grouped two-row headers,
// row groups by region/country, cells holding deal lists, fitted to one landscape A4 page), which the
// interactive DataTable does not draw; its data is exported by the report's own XLSX/CSV (ADR 007).
import { getTranslations } from 'next-intl/server';
import { formatKrw } from '@/lib/domain/format/money';
import { OPEN_COLUMNS, REPORT_COLUMNS, type Cell, type OnePageMatrix, type ReportColumn, type Sum } from '@/lib/domain/reports/matrix';
import { cn } from '@/lib/cn';
import { EMPTY } from '@/lib/domain/format';

const CLOSED: ReportColumn[] = ['WON', 'LOST', 'NO_BID', 'DROPPED'];
const tone = (c: ReportColumn) =>
  c === 'WON' ? 'bg-emerald-50/70' : c === 'LOST' || c === 'NO_BID' || c === 'DROPPED' ? 'bg-rose-50/60' : '';
const amountTone = (c: ReportColumn) =>
  c === 'WON' ? 'text-emerald-700' : c === 'LOST' || c === 'NO_BID' || c === 'DROPPED' ? 'text-rose-700' : 'text-slate-900';

/** The tier × business matrix: screen shows up to 5 deals a cell, print as many as fit (printK). */
export async function ReportMatrix({ matrix, locale, printK }: { matrix: OnePageMatrix; locale: 'ko' | 'en'; printK: number }) {
  const t = await getTranslations('reports');
  const col = (c: ReportColumn | 'total') => t(`columns.${c}` as never);
  const money = (s: Sum) => (s.count ? formatKrw(s.amount, locale) : EMPTY);

  const sumCell = (key: string, s: Sum, c: ReportColumn | null, strong?: boolean) => (
    <td
      key={key}
      className={cn(
        'tabular border-l border-slate-100 px-2 py-1.5 text-right align-top whitespace-nowrap',
        c && tone(c),
        strong && 'font-semibold',
      )}
      data-testid={c ? undefined : 'total-cell'}
    >
      <span className={cn(c ? amountTone(c) : 'text-slate-900')}>{money(s)}</span>
      {s.count ? <span className="ml-1 text-[11px] text-slate-600 print:text-[6pt]">{t('deals', { count: s.count })}</span> : null}
    </td>
  );

  const dealCell = (cell: Cell, c: ReportColumn, label: string) => {
    if (!cell.count)
      return (
        <td key={c} className={cn('border-l border-slate-100 px-2 py-1.5 text-center align-top text-slate-600', tone(c))}>
          –
        </td>
      );
    const hiddenInPrint = Math.max(0, cell.deals.length - printK);
    return (
      <td
        key={c}
        className={cn('border-l border-slate-100 px-2 py-1.5 align-top', tone(c))}
        aria-label={`${label} · ${col(c)}: ${money(cell)}, ${t('deals', { count: cell.count })}`}
      >
        <div className={cn('tabular text-right font-semibold', amountTone(c))}>
          {money(cell)} <span className="text-[11px] font-normal text-slate-600 print:text-[6pt]">{t('deals', { count: cell.count })}</span>
        </div>
        <ul className="mt-0.5 space-y-0.5 text-[11px] leading-tight text-slate-700 print:text-[6pt]" data-testid="cell-deals">
          {cell.deals.map((d, i) => (
            <li key={d.id} className={cn('flex min-w-0 justify-between gap-1', i >= printK && 'print:hidden')}>
              <span
                className={cn(
                  'min-w-0 truncate',
                  c === 'WON' && 'font-medium text-emerald-800',
                  CLOSED.includes(c) && c !== 'WON' && 'text-rose-800 line-through decoration-rose-300',
                )}
                title={d.name}
              >
                {d.name}
              </span>
              <span className="tabular shrink-0 text-slate-600">{d.amount === null ? EMPTY : formatKrw(d.amount, locale)}</span>
            </li>
          ))}
          {cell.more ? (
            <li className="text-slate-600 print:hidden" data-testid="cell-more">
              {t('more', { count: cell.more })}
            </li>
          ) : null}
          {printK > 0 && cell.more + hiddenInPrint ? (
            <li className="hidden text-slate-600 print:block">{t('more', { count: cell.more + hiddenInPrint })}</li>
          ) : null}
        </ul>
      </td>
    );
  };

  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white shadow-sm print:overflow-visible print:rounded-none print:border-0">
      <table className="w-full min-w-[1180px] table-fixed border-collapse text-sm print:min-w-0" data-testid="report-matrix">
        <caption className="sr-only">{t('matrixCaption', { rows: t(`rowHeader.${matrix.grouping}` as never) })}</caption>
        <colgroup>
          <col className="w-[88px] print:w-[44px]" />
          <col className="w-[128px] print:w-[80px]" />
          {REPORT_COLUMNS.map((c) => (
            <col key={c} />
          ))}
          <col className="w-[150px] print:w-[76px]" />
        </colgroup>
        <thead className="bg-slate-50 text-xs text-slate-600">
          <tr>
            <th scope="col" rowSpan={2} className="px-2 py-1.5 text-left break-words hyphens-auto" data-testid="report-header">
              {t('scopeHeader')}
            </th>
            <th scope="col" rowSpan={2} className="px-2 py-1.5 text-left break-words" data-testid="report-header">
              {t(`rowHeader.${matrix.grouping}` as never)}
            </th>
            {(
              [
                ['open', OPEN_COLUMNS.length],
                ['closed', CLOSED.length],
              ] as const
            ).map(([group, span]) => (
              <th
                key={group}
                scope="colgroup"
                colSpan={span}
                className="border-l border-slate-200 px-2 py-1 text-center font-medium"
                data-testid="report-header"
              >
                {t(`columnGroups.${group}`)}
              </th>
            ))}
            <th
              scope="col"
              rowSpan={2}
              className="border-l border-slate-200 px-2 py-1.5 text-right whitespace-nowrap"
              data-testid="report-header"
            >
              {col('total')}
            </th>
          </tr>
          <tr>
            {REPORT_COLUMNS.map((c) => (
              <th
                key={c}
                scope="col"
                data-testid="report-header"
                className={cn(
                  'border-l border-slate-200 px-2 py-1 text-right font-semibold break-words',
                  c === 'WON' ? 'text-emerald-700' : CLOSED.includes(c) ? 'text-rose-700' : 'text-slate-700',
                )}
              >
                {col(c)}
              </th>
            ))}
          </tr>
        </thead>
        {matrix.groups.map((g) => (
          <tbody key={g.scope} className="border-t border-slate-200">
            {g.rows.map((r, i) => {
              const label = r.label ?? t('unassigned');
              return (
                <tr key={r.key ?? 'none'} className="border-t border-slate-100 align-top">
                  {i === 0 ? (
                    <th
                      scope="rowgroup"
                      rowSpan={g.rows.length + 1}
                      className="bg-slate-50/60 px-2 py-1.5 text-left text-xs font-semibold whitespace-nowrap text-slate-700"
                    >
                      {t(`scopes.${g.scope}`)}
                    </th>
                  ) : null}
                  <th scope="row" className="px-2 py-1.5 text-left font-medium break-keep text-slate-800">
                    {label}
                  </th>
                  {REPORT_COLUMNS.map((c) => dealCell(r.cells[c], c, label))}
                  {sumCell('total', r.total, null, true)}
                </tr>
              );
            })}
            <tr className="border-t border-slate-200 bg-slate-50 text-xs" data-testid={`subtotal-${g.scope}`}>
              <th scope="row" className="px-2 py-1 text-left font-semibold whitespace-nowrap text-slate-700">
                {t('subtotal', { scope: t(`scopes.${g.scope}`) })}
              </th>
              {REPORT_COLUMNS.map((c) => sumCell(c, g.subtotal[c], c, true))}
              {sumCell('total', g.total, null, true)}
            </tr>
          </tbody>
        ))}
        <tfoot className="border-t-2 border-slate-300 bg-slate-100 text-sm">
          <tr data-testid="total-row">
            <th scope="row" colSpan={2} className="px-2 py-1.5 text-left font-bold">
              {t('grandTotal')}
            </th>
            {REPORT_COLUMNS.map((c) => sumCell(c, matrix.totals[c], c, true))}
            {sumCell('total', matrix.grandTotal, null, true)}
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
