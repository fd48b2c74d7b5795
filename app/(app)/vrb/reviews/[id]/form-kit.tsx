'use client';
import {
  startTransition,
  useActionState,
  useEffect,
  useId,
  useRef,
  type ComponentProps,
  type FormEvent,
  type ReactNode,
  type RefObject,
} from 'react';
import { useTranslations } from 'next-intl';
import { Button } from '@/components/ui/button';
import { FormError, TextareaField } from '@/components/forms/field';
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

export type VrbForm = ReturnType<typeof useVrbForm>[1];

/** Callback ref: marks an element once React has hydrated it (e2e waits on it before keyboard submits). */
export const markHydrated = (el: HTMLElement | null) => el?.setAttribute('data-hydrated', 'true');

/** aria-invalid + the Field's error paragraph as the control's description */
export const invalid = (errs: string[] | undefined, controlId: string) =>
  errs?.length ? { 'aria-invalid': true as const, 'aria-describedby': `${controlId}-error` } : {};

export function Saved({ show, text }: { show: boolean; text: string }) {
  return show ? (
    <p role="status" className="text-sm text-emerald-700">
      {text}
    </p>
  ) : null;
}

/**
 * One write form of the review page: named by its heading (or `label` where it has none), the
 * action's error on top, then the hidden ids the action needs, then the fields.
 */
export function VrbFormFrame({
  formRef,
  form,
  title,
  label,
  intro,
  hidden,
  className,
  testId,
  children,
}: {
  formRef: RefObject<HTMLFormElement | null>;
  form: VrbForm;
  title?: string;
  label?: string;
  intro?: ReactNode;
  hidden: Record<string, string | number>;
  className: string;
  testId: string;
  children: ReactNode;
}) {
  const id = useId();
  return (
    <form
      ref={formRef}
      onSubmit={form.onSubmit}
      noValidate
      aria-labelledby={title ? `${id}-title` : undefined}
      aria-label={label}
      className={className}
      data-testid={testId}
    >
      {title ? (
        <h3 id={`${id}-title`} className="text-sm font-semibold text-slate-900">
          {title}
        </h3>
      ) : null}
      {intro}
      <FormError message={form.formError} />
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {children}
    </form>
  );
}

/** A free-text field of a review form (the kit's TextareaField), its error from `form.fe(name)`; ids unique on the page. */
export function VrbTextarea({
  form,
  name,
  id,
  ...props
}: { form: VrbForm; name: string; id?: string } & Omit<ComponentProps<typeof TextareaField>, 'form' | 'id' | 'name' | 'errors'>) {
  const auto = useId();
  return <TextareaField id={id ?? `${auto}-${name}`} name={name} errors={{ [name]: form.fe(name) }} {...props} />;
}

/** The form's submit button ("저장 중…" while pending) and, after a save, the saved note. */
export function VrbSubmit({
  form,
  label,
  saved,
  variant,
}: {
  form: VrbForm;
  label: string;
  saved?: string;
  variant?: ComponentProps<typeof Button>['variant'];
}) {
  const t = useTranslations('vrb');
  return (
    <div className="flex items-center gap-3">
      <Button type="submit" size="sm" variant={variant} disabled={form.pending}>
        {form.pending ? t('write.saving') : label}
      </Button>
      {saved ? <Saved show={form.saved} text={saved} /> : null}
    </div>
  );
}
