'use client';
// Over 400 lines on purpose: the kit's one table — sorting, URL state, keyset paging, column
// visibility, keyboard row navigation, export — shares one state; splitting it would spread one
// interaction over files. Column definitions live in columns.tsx, URL state in use-table-url.ts.
import { useCallback, useEffect, useMemo, useRef, useState, useTransition, type KeyboardEvent, type ReactNode } from 'react';
import { usePathname, useRouter, useSearchParams } from 'next/navigation';
import { useTranslations } from 'next-intl';
import {
  columnVisibilityFeature,
  createColumnHelper,
  createSortedRowModel,
  rowSortingFeature,
  tableFeatures,
  useTable,
  type ColumnVisibilityState,
  type SortingState,
  type Updater,
} from '@tanstack/react-table';
import { ArrowDown, ArrowUp, ArrowUpDown, Columns3, Download } from 'lucide-react';
import { cn } from '@/lib/cn';
import { buttonClass, LinkButton } from '@/components/ui/button';
import { EmptyState } from '@/components/ui/empty-state';
import type { CellValue, Column } from './columns';
import {
  decodeHidden,
  defaultSortCodec,
  encodeHidden,
  exportSearch,
  nextSort,
  patchSearch,
  type SortCodec,
  type SortState,
} from './url-state';

/** The toolbar's small buttons (export links, the column menu): the kit's secondary button, tighter. */
const TOOL_BUTTON = buttonClass({ variant: 'secondary', size: 'sm' }, 'gap-1 px-2.5');

// The one table of the app. Columns come from `defineColumns` (./columns.ts), the same list the
// export route writes. Two modes with the same API:
//  - server (pass `server`): rows are one keyset page; sort, hidden columns and the cursor live in
//    the URL (`sort`, `hide`, `cursor`), the page re-reads its searchParams and queries again;
//  - client (no `server`): all rows are passed in, sorting happens here, state is local.
// Both: sticky header, column menu, ↑/↓/Home/End between rows and Enter to open `rowHref`/
// `onRowOpen`, empty state, CSV/XLSX links to `exportHref` with the current filters.

const features = tableFeatures({
  rowSortingFeature,
  columnVisibilityFeature,
  sortedRowModel: createSortedRowModel(),
});

type TRow = Record<string, unknown>;

function compareValues(a: CellValue, b: CellValue): number {
  if (a === b) return 0;
  if (a === null || a === undefined || a === '') return 1;
  if (b === null || b === undefined || b === '') return -1;
  if (a instanceof Date && b instanceof Date) return a.getTime() - b.getTime();
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  if (typeof a === 'boolean' && typeof b === 'boolean') return Number(a) - Number(b);
  return String(a).localeCompare(String(b), 'ko', { numeric: true });
}

function show(v: CellValue): ReactNode {
  if (v === null || v === undefined || v === '') return <span className="text-slate-500">—</span>;
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === 'boolean') return v ? '✓' : '—';
  return String(v);
}

/** A row's key: its `id` unless the rows have none (then `getRowId` is required). */
type RowId<Row> = Row extends { id: string } ? { getRowId?: (row: Row) => string } : { getRowId: (row: Row) => string };

export type DataTableProps<Row> = RowId<Row> & {
  columns: Column<Row>[];
  data: Row[];
  /** accessible name of the table (rendered as a visually hidden caption) */
  caption: string;
  /** server mode: one keyset page; sort/hide/cursor in the URL */
  server?: {
    nextCursor: string | null;
    /** how `sort` is written; default `sort=id` / `sort=-id` */
    sortCodec?: SortCodec;
    /** URL values that are the defaults and so are left out of the URL (e.g. { sort: 'created_desc' }) */
    defaults?: Record<string, string>;
  };
  /** client mode: the initial order */
  initialSort?: SortState;
  /** sortable columns whose first click sorts descending (dates, amounts) */
  descFirst?: string[];
  /** columns hidden until the user shows them */
  defaultHidden?: string[];
  /** e.g. '/leads/export': rendered as CSV and XLSX links with the current filters, sort and hidden columns */
  exportHref?: string;
  /** Enter on a row (and a click on its empty space) opens this link */
  rowHref?: (row: Row) => string | null | undefined;
  /** …or calls this (e.g. open a side panel) */
  onRowOpen?: (row: Row) => void;
  empty?: { title: string; description?: string; action?: ReactNode };
  /** above the table, left of the column menu and export (filters, counts) */
  toolbar?: ReactNode;
  /** below the rows, inside the table (a totals row: pass <tr> elements) */
  footer?: ReactNode;
  /** data-testid of each row: one string, or per row (`(u) => \`user-row-${u.email}\``) */
  rowTestId?: string | ((row: Row) => string);
  /** extra data-* attributes of a row (e.g. { 'data-state': 'OVERDUE' }) */
  rowAttrs?: (row: Row) => Record<`data-${string}`, string>;
  testId?: string;
  rowClassName?: (row: Row) => string | undefined;
  /** the page is fetching (a filter changed outside the table) */
  pending?: boolean;
  /** the scroll box height; the header sticks inside it. Default 70vh; 'none' for short tables */
  maxHeight?: string | 'none';
  /** no column menu (tiny tables) */
  hideColumnMenu?: boolean;
  /** smaller paddings */
  dense?: boolean;
  /** a short table inside a card: no scroll box (maxHeight 'none'), no column menu, dense */
  compact?: boolean;
};

export function DataTable<Row>(props: DataTableProps<Row>) {
  const { data, server } = props;
  const columns = useMemo(() => props.columns.filter((c) => !c.exportOnly), [props.columns]);
  const t = useTranslations('table');
  const router = useRouter();
  const pathname = usePathname();
  const searchParams = useSearchParams();
  const [navPending, startTransition] = useTransition();
  const codec = server?.sortCodec ?? defaultSortCodec;

  // --- sort: the URL in server mode, local state in client mode
  const [localSort, setLocalSort] = useState<SortState>(props.initialSort ?? null);
  const sort: SortState = server ? codec.fromParam(searchParams.get('sort')) : localSort;
  const setSort = (s: SortState) => {
    if (!server) return setLocalSort(s);
    const qs = patchSearch(searchParams.toString(), { sort: codec.toParam(s) }, { defaults: server.defaults });
    startTransition(() => router.push(`${pathname}${qs}`, { scroll: false }));
  };

  // --- hidden columns: the URL in server mode (so the export sees them), local in client mode
  const [localHidden, setLocalHidden] = useState<string[]>(props.defaultHidden ?? []);
  const urlHide = searchParams.get('hide');
  // server mode: the choice applies at once (the checkbox must toggle on its click); the URL follows
  // via history.replaceState, which Next syncs into useSearchParams only later. The pending choice
  // holds while the URL still shows the value it replaced; another URL (back, a link) wins.
  const [pendingHide, setPendingHide] = useState<{ from: string | null; ids: string[] } | null>(null);
  if (pendingHide && pendingHide.from !== urlHide) setPendingHide(null); // the URL caught up, or moved on
  const hidden = !server
    ? localHidden
    : pendingHide && pendingHide.from === urlHide
      ? pendingHide.ids
      : urlHide === null
        ? (props.defaultHidden ?? [])
        : decodeHidden(urlHide);
  const setHidden = (ids: string[]) => {
    if (!server) return setLocalHidden(ids);
    const next = new URLSearchParams(searchParams.toString());
    const h = encodeHidden(ids);
    if (h) next.set('hide', h);
    else if (props.defaultHidden?.length) next.set('hide', '-');
    else next.delete('hide');
    setPendingHide({ from: urlHide, ids });
    // client-only state: no server round trip (Next syncs useSearchParams with history)
    window.history.replaceState(null, '', `${pathname}${next.size ? `?${next}` : ''}`);
  };

  const helper = useMemo(() => createColumnHelper<typeof features, TRow>(), []);
  const tableColumns = useMemo(
    () =>
      helper.columns(
        columns.map((c) =>
          helper.accessor((r) => (c.value ? c.value(r as Row) : undefined) as CellValue, {
            id: c.id,
            header: c.header,
            enableSorting: !!c.sortable,
            enableHiding: c.hideable ?? true,
            sortFn: (a, b, id) => compareValues(a.getValue(id) as CellValue, b.getValue(id) as CellValue),
          }),
        ),
      ),
    [columns, helper],
  );
  const byId = useMemo(() => new Map(columns.map((c) => [c.id, c])), [columns]);

  const sorting: SortingState = sort && byId.has(sort.id) ? [{ id: sort.id, desc: sort.desc }] : [];
  const columnVisibility: ColumnVisibilityState = Object.fromEntries(hidden.filter((id) => byId.has(id)).map((id) => [id, false]));

  const table = useTable({
    features,
    columns: tableColumns,
    data: data as TRow[],
    getRowId: (r) => (props.getRowId ? props.getRowId(r as Row) : (r as { id: string }).id),
    manualSorting: !!server,
    state: { sorting, columnVisibility },
    onSortingChange: (u: Updater<SortingState>) => {
      const s = typeof u === 'function' ? u(sorting) : u;
      setSort(s[0] ? { id: s[0].id, desc: s[0].desc } : null);
    },
    onColumnVisibilityChange: (u: Updater<ColumnVisibilityState>) => {
      const v = typeof u === 'function' ? u(columnVisibility) : u;
      setHidden(
        Object.entries(v)
          .filter(([, on]) => on === false)
          .map(([id]) => id),
      );
    },
  });

  const rows = table.getRowModel().rows;
  const visible = table.getVisibleLeafColumns();
  const pending = navPending || !!props.pending;

  // --- keyboard: one row in the tab order (roving tabindex), arrows move, Enter opens
  const bodyRef = useRef<HTMLTableSectionElement>(null);
  const [active, setActive] = useState(0);
  const activeRow = Math.min(active, Math.max(0, rows.length - 1)); // rows may have shrunk
  const focusRow = (i: number) => {
    const list = bodyRef.current?.querySelectorAll<HTMLTableRowElement>(':scope > tr[data-row]');
    if (!list?.length) return;
    const k = Math.max(0, Math.min(list.length - 1, i));
    setActive(k);
    list[k]!.focus();
  };
  const canOpen = !!(props.rowHref || props.onRowOpen);
  const open = useCallback(
    (row: Row) => {
      if (props.onRowOpen) return props.onRowOpen(row);
      const href = props.rowHref?.(row);
      if (href) router.push(href);
    },
    [props, router],
  );
  const onRowKey = (e: KeyboardEvent<HTMLTableRowElement>, i: number, row: Row) => {
    if (e.target !== e.currentTarget) return; // keys inside a cell's control belong to it
    const moves: Record<string, number> = { ArrowDown: i + 1, ArrowUp: i - 1, Home: 0, End: rows.length - 1 };
    if (e.key in moves) {
      e.preventDefault();
      focusRow(moves[e.key]!);
    } else if (e.key === 'Enter' && canOpen) {
      e.preventDefault();
      open(row);
    }
  };

  const nextHref = server?.nextCursor ? `${pathname}${patchSearch(searchParams.toString(), { cursor: server.nextCursor })}` : null;
  const firstHref = server && searchParams.get('cursor') ? `${pathname}${patchSearch(searchParams.toString(), { cursor: null })}` : null;
  // the link's own params (e.g. '/vrb/export?tab=missing') plus, on a server table, the page's filters
  const [exportPath, exportBase = ''] = (props.exportHref ?? '').split('?');
  const exportUrl = (format: 'csv' | 'xlsx') => {
    const merged = new URLSearchParams(exportBase);
    if (server) for (const [k, v] of searchParams) if (!merged.has(k)) merged.set(k, v);
    return `${exportPath}${exportSearch(merged, format, hidden)}`;
  };
  const pad = props.dense || props.compact ? 'px-2 py-1.5' : 'px-3 py-2';
  const maxHeight = props.maxHeight ?? (props.compact ? 'none' : '70vh');

  return (
    <div className="flex flex-col gap-2" data-testid={props.testId}>
      <div className="flex flex-wrap items-center gap-2">
        <div className="flex min-w-0 flex-1 flex-wrap items-center gap-2">{props.toolbar}</div>
        {pending ? (
          <span role="status" className="text-xs text-slate-500">
            {t('loading')}
          </span>
        ) : null}
        {props.hideColumnMenu || props.compact ? null : (
          <ColumnMenu
            label={t('columns')}
            menuLabel={t('columnsMenu')}
            items={table
              .getAllLeafColumns()
              .filter((c) => c.getCanHide())
              .map((c) => ({
                id: c.id,
                label: byId.get(c.id)?.header ?? c.id,
                visible: c.getIsVisible(),
                toggle: () => c.toggleVisibility(),
              }))}
          />
        )}
        {props.exportHref ? (
          <div className="flex items-center gap-1" role="group" aria-label={t('exportLabel')}>
            <a className={TOOL_BUTTON} href={exportUrl('csv')} download>
              <Download className="size-3.5" aria-hidden />
              {t('exportCsv')}
            </a>
            <a className={TOOL_BUTTON} href={exportUrl('xlsx')} download>
              <Download className="size-3.5" aria-hidden />
              {t('exportXlsx')}
            </a>
          </div>
        ) : null}
      </div>

      {data.length === 0 ? (
        <EmptyState
          title={props.empty?.title ?? t('emptyTitle')}
          description={props.empty?.description ?? (props.empty ? undefined : t('emptyDescription'))}
          action={props.empty?.action}
        />
      ) : (
        <div
          className={cn('overflow-auto rounded-lg border border-slate-200 bg-white shadow-sm transition-opacity', pending && 'opacity-60')}
          style={maxHeight === 'none' ? undefined : { maxHeight }}
        >
          <table className="w-full text-sm" aria-busy={pending || undefined}>
            <caption className="sr-only">
              {props.caption}
              {canOpen ? ` — ${t('keyboardHint')}` : ''}
            </caption>
            <thead className="sticky top-0 z-10 bg-slate-50 text-left text-xs font-medium tracking-wide text-slate-600 shadow-[0_1px_0_0_rgb(226_232_240)]">
              {table.getHeaderGroups().map((g) => (
                <tr key={g.id}>
                  {g.headers.map((h) => {
                    const col = byId.get(h.column.id)!;
                    const dir = sort?.id === col.id ? (sort.desc ? 'descending' : 'ascending') : undefined;
                    return (
                      <th
                        key={h.id}
                        scope="col"
                        aria-sort={col.sortable ? (dir ?? 'none') : undefined}
                        className={cn(
                          pad,
                          'whitespace-nowrap',
                          col.align === 'right' && 'text-right',
                          col.align === 'center' && 'text-center',
                        )}
                      >
                        {col.headerCell ? (
                          col.headerCell()
                        ) : col.sortable ? (
                          <button
                            type="button"
                            className="inline-flex items-center gap-1 rounded hover:text-slate-900 focus-visible:outline-2 focus-visible:outline-indigo-500"
                            onClick={() => setSort(nextSort(sort, col.id, props.descFirst?.includes(col.id)))}
                          >
                            {col.header}
                            {dir === 'ascending' ? (
                              <ArrowUp className="size-3" aria-hidden />
                            ) : dir === 'descending' ? (
                              <ArrowDown className="size-3" aria-hidden />
                            ) : (
                              <ArrowUpDown className="size-3 opacity-50" aria-hidden />
                            )}
                          </button>
                        ) : (
                          col.header
                        )}
                      </th>
                    );
                  })}
                </tr>
              ))}
            </thead>
            <tbody ref={bodyRef}>
              {rows.map((row, i) => {
                const r = row.original as Row;
                return (
                  <tr
                    key={row.id}
                    data-row
                    data-testid={typeof props.rowTestId === 'function' ? props.rowTestId(r) : props.rowTestId}
                    {...props.rowAttrs?.(r)}
                    tabIndex={i === activeRow ? 0 : -1}
                    onFocus={(e) => e.target === e.currentTarget && setActive(i)}
                    onKeyDown={(e) => onRowKey(e, i, r)}
                    onClick={(e) => {
                      if (!canOpen) return;
                      if ((e.target as HTMLElement).closest('a,button,input,select,textarea,label,[role="button"]')) return;
                      open(r);
                    }}
                    className={cn(
                      'border-t border-slate-100 align-top outline-none hover:bg-slate-50 focus-visible:bg-indigo-50 focus-visible:ring-2 focus-visible:ring-indigo-400 focus-visible:ring-inset',
                      canOpen && 'cursor-pointer',
                      props.rowClassName?.(r),
                    )}
                  >
                    {row.getVisibleCells().map((cell) => {
                      const col = byId.get(cell.column.id)!;
                      return (
                        <td
                          key={cell.id}
                          className={cn(
                            pad,
                            col.nowrap && 'whitespace-nowrap',
                            col.align === 'right' && 'text-right tabular-nums',
                            col.align === 'center' && 'text-center',
                            typeof col.className === 'function' ? col.className(r) : col.className,
                          )}
                        >
                          {col.cell ? col.cell(r) : show(col.value?.(r))}
                        </td>
                      );
                    })}
                  </tr>
                );
              })}
            </tbody>
            {props.footer ? <tfoot className="border-t-2 border-slate-200 bg-slate-50 font-medium">{props.footer}</tfoot> : null}
          </table>
          {visible.length === 0 ? <p className="p-3 text-sm text-slate-500">{t('columnsMenu')}</p> : null}
        </div>
      )}

      {nextHref || firstHref ? (
        <nav className="flex items-center justify-end gap-2" aria-label={t('pagination')}>
          {firstHref ? (
            <LinkButton href={firstHref} scroll={false}>
              {t('first')}
            </LinkButton>
          ) : null}
          {nextHref ? (
            <LinkButton href={nextHref} scroll={false}>
              {t('next')}
            </LinkButton>
          ) : null}
        </nav>
      ) : null}
    </div>
  );
}

function ColumnMenu({
  label,
  menuLabel,
  items,
}: {
  label: string;
  menuLabel: string;
  items: { id: string; label: string; visible: boolean; toggle: () => void }[];
}) {
  const [open, setOpen] = useState(false);
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!open) return;
    const close = (e: MouseEvent) => {
      if (!ref.current?.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener('mousedown', close);
    return () => document.removeEventListener('mousedown', close);
  }, [open]);
  if (!items.length) return null;
  return (
    <div
      ref={ref}
      className="relative"
      onKeyDown={(e) => {
        if (e.key === 'Escape' && open) {
          e.stopPropagation();
          setOpen(false);
          ref.current?.querySelector('button')?.focus();
        }
      }}
    >
      <button type="button" aria-expanded={open} aria-haspopup="true" onClick={() => setOpen((o) => !o)} className={TOOL_BUTTON}>
        <Columns3 className="size-3.5" aria-hidden />
        {label}
      </button>
      {open ? (
        <fieldset className="absolute right-0 z-20 mt-1 flex max-h-80 w-56 flex-col gap-1 overflow-auto rounded-md border border-slate-200 bg-white p-2 shadow-lg">
          <legend className="sr-only">{menuLabel}</legend>
          {items.map((c) => (
            <label key={c.id} className="flex items-center gap-2 rounded px-1 py-0.5 text-sm text-slate-800 hover:bg-slate-50">
              <input type="checkbox" className="size-4" checked={c.visible} onChange={c.toggle} />
              {c.label}
            </label>
          ))}
        </fieldset>
      ) : null}
    </div>
  );
}
