// The loading shape of a DataTable, for a page's loading.tsx (no client code needed).
export function DataTableSkeleton({ columns = 5, rows = 8, label = '…' }: { columns?: number; rows?: number; label?: string }) {
  return (
    <div
      role="status"
      aria-label={label}
      aria-busy="true"
      data-testid="table-skeleton"
      className="overflow-hidden rounded-lg border border-slate-200 bg-white shadow-sm"
    >
      <div className="flex gap-3 border-b border-slate-200 bg-slate-50 px-3 py-2.5">
        {Array.from({ length: columns }, (_, i) => (
          <div key={i} className="h-3 flex-1 animate-pulse rounded bg-slate-200" />
        ))}
      </div>
      {Array.from({ length: rows }, (_, r) => (
        <div key={r} className="flex gap-3 border-t border-slate-100 px-3 py-3">
          {Array.from({ length: columns }, (_, i) => (
            <div key={i} className="h-3 flex-1 animate-pulse rounded bg-slate-100" />
          ))}
        </div>
      ))}
    </div>
  );
}
