// The loading shape of a page, for a route's loading.tsx (no client code). `label` is the
// translated "불러오는 중…" announced to screen readers; the shapes are decorative. `tiles`: a row
// of that many figure tiles under the title (a page that opens with counts, e.g. the VRB queue).
type Variant = 'board' | 'table' | 'detail' | 'form' | 'report';

export function PageSkeleton({ variant, label, tiles = 0 }: { variant: Variant; label: string; tiles?: number }) {
  return (
    <div role="status" aria-live="polite" aria-busy="true" className="space-y-4" data-testid="page-skeleton">
      <div className="h-7 w-48 animate-pulse rounded bg-slate-200" />
      {tiles ? (
        <div className="grid gap-3 sm:grid-cols-3">
          {Array.from({ length: tiles }, (_, i) => (
            <div key={i} className="h-16 animate-pulse rounded-lg bg-slate-100" />
          ))}
        </div>
      ) : null}
      {variant === 'board' ? (
        <div className="grid grid-cols-1 gap-3 md:grid-cols-3 xl:grid-cols-5">
          {[0, 1, 2, 3, 4].map((i) => (
            <div key={i} className="space-y-2 rounded-xl border border-slate-200 bg-slate-50 p-2">
              <div className="h-10 animate-pulse rounded bg-slate-200" />
              {[0, 1, 2].map((j) => (
                <div key={j} className="h-24 animate-pulse rounded-lg bg-white" />
              ))}
            </div>
          ))}
        </div>
      ) : variant === 'table' ? (
        <>
          <div className="h-10 animate-pulse rounded-lg bg-slate-100" />
          <Rows count={8} />
        </>
      ) : variant === 'report' ? (
        <>
          <div className="h-12 animate-pulse rounded-lg bg-slate-100" />
          <div className="h-96 animate-pulse rounded-lg bg-slate-100" />
        </>
      ) : variant === 'form' ? (
        <div className="max-w-2xl space-y-3">
          {[0, 1, 2, 3].map((i) => (
            <div key={i} className="h-14 animate-pulse rounded-lg bg-slate-100" />
          ))}
        </div>
      ) : (
        <div className="grid gap-4 lg:grid-cols-3">
          <div className="h-96 animate-pulse rounded-lg bg-slate-100 lg:col-span-2" />
          <div className="h-96 animate-pulse rounded-lg bg-slate-100" />
        </div>
      )}
      <span className="sr-only">{label}</span>
    </div>
  );
}

function Rows({ count }: { count: number }) {
  return (
    <div className="overflow-hidden rounded-lg border border-slate-200 bg-white">
      {Array.from({ length: count }, (_, i) => (
        <div key={i} className="flex gap-3 border-t border-slate-100 px-3 py-3 first:border-t-0">
          {[0, 1, 2, 3, 4].map((j) => (
            <div key={j} className="h-3 flex-1 animate-pulse rounded bg-slate-100" />
          ))}
        </div>
      ))}
    </div>
  );
}
