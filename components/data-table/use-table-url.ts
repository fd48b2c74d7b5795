'use client';
import { useTransition } from 'react';
import { usePathname, useRouter, useSearchParams } from 'next/navigation';
import { patchSearch, type Patch } from './url-state';

/**
 * For a server table's filter controls: `set({ status: 'MQL' })` pushes the new URL (dropping
 * the cursor, so the list starts at page 1) and the page queries again; `get('status')` reads it.
 * Pass `pending` to <DataTable pending={pending}> so the rows dim while the page loads.
 */
export function useTableUrl(defaults?: Record<string, string>) {
  const router = useRouter();
  const pathname = usePathname();
  const params = useSearchParams();
  const [pending, startTransition] = useTransition();
  return {
    params,
    pending,
    get: (k: string) => params.get(k) ?? undefined,
    set: (patch: Patch) =>
      startTransition(() => router.push(`${pathname}${patchSearch(params.toString(), patch, { defaults })}`, { scroll: false })),
    /** back to the unfiltered list */
    reset: () => startTransition(() => router.push(pathname, { scroll: false })),
  };
}
