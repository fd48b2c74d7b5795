export default function Loading() {
  return <div className="h-40 animate-pulse rounded-lg bg-slate-100" aria-busy="true" />;
}
