'use client';
import { useCallback, useState, useTransition } from 'react';

/** what a server action answers (lib/server/action.ts ActionResult, as far as the runner reads it) */
type Result<T> = { ok: true; data: T } | { ok: false; error: string };

/**
 * A list's buttons (and its add form) that call server actions and show the last failure in one
 * `FormError`: `run(() => action(…), onDone?)` runs in a transition (`pending` disables every button
 * meanwhile), then `error` is the failure's message, or null after a success (and `onDone(data)`).
 *
 *   const { pending, error, setError, run } = useActionRunner();
 *   <FormError message={error} />
 *   <Button disabled={pending} onClick={() => run(() => update({ teamId: x.id, active: !x.active }))}>…</Button>
 */
export function useActionRunner() {
  const [error, setError] = useState<string | null>(null);
  const [pending, start] = useTransition();
  // stable (like `start`), so a memoised column list may depend on it
  const run = useCallback(
    <T>(action: () => Promise<Result<T>>, onDone?: (data: T) => void) =>
      start(async () => {
        const r = await action();
        setError(r.ok ? null : r.error);
        if (r.ok) onDone?.(r.data);
      }),
    [],
  );
  /** `setError`: for an outcome not from `run` (e.g. a NameForm's own submit) */
  return { pending, error, setError, run };
}
