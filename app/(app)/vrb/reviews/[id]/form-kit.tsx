'use client';
import { startTransition, useActionState, useEffect, useRef, type FormEvent } from 'react';
import { useTranslations } from 'next-intl';
import type { ActionResult } from '@/lib/server/action';

// Shared by the review page's write forms: submit through startTransition so a refused submit keeps
// what the user typed; a successful one clears the form and the page re-renders from the server.

export type FormAction = (prev: ActionResult<unknown> | null, fd: FormData) => Promise<ActionResult<unknown>>;
const TEXT_FIELDS = new Set(['opinion', 'issue', 'requiredFix', 'answer', 'note', 'reason', 'overrideReason', 'missingOpinionReason']);

export function useVrbForm(action: FormAction) {
  const t = useTranslations('vrb');
  const [state, formAction, pending] = useActionState(action, null);
  const ref = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (state?.ok) ref.current?.reset();
  }, [state]);
  const onSubmit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const fd = new FormData(e.currentTarget, (e.nativeEvent as SubmitEvent).submitter);
    startTransition(() => formAction(fd));
  };
  const failed = state && !state.ok ? state : null;
  const hasFields = !!failed?.fieldErrors && Object.keys(failed.fieldErrors).length > 0;
  /**
   * A field's error. A schema error on a text field reads "required"; a rule refusal tied to a field
   * shows the action's message, which is in the page's language (the field copy is in the user's).
   */
  const fe = (name: string): string[] | undefined => {
    if (!failed?.fieldErrors?.[name]) return undefined;
    return failed.code === 'VALIDATION' && TEXT_FIELDS.has(name) ? [t('write.required')] : [failed.error];
  };
  // a rule refusal shown on its field is not repeated above the form
  const formError = failed && !(hasFields && failed.code !== 'VALIDATION') ? failed.error : null;
  return [ref, { pending, onSubmit, submit: formAction, fe, formError, saved: !!state?.ok }] as const;
}

/** aria-invalid + the Field's error paragraph as the control's description */
/** Callback ref: marks an element once React has hydrated it (e2e waits on it before keyboard submits). */
export const markHydrated = (el: HTMLElement | null) => el?.setAttribute('data-hydrated', 'true');

export const invalid = (errs: string[] | undefined, controlId: string) =>
  errs?.length ? { 'aria-invalid': true as const, 'aria-describedby': `${controlId}-error` } : {};

export function Saved({ show, text }: { show: boolean; text: string }) {
  return show ? (
    <p role="status" className="text-sm text-emerald-700">
      {text}
    </p>
  ) : null;
}
