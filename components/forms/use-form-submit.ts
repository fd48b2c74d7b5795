'use client';
import { useTransition, type FormEvent } from 'react';

/**
 * A form submitted by script in a transition: `onSubmit` prevents the browser's submit, reads the
 * form's FormData and runs `run(form, element)` in a transition; `pending` is true until it settles.
 *
 *   const submit = useFormSubmit(async (f) => {
 *     const r = await saveAction({ name: String(f.get('name') ?? '') });   // the action came in as a prop
 *     if (toastResult(r, t('saved'))) router.refresh();
 *   });
 *   <form onSubmit={submit.onSubmit}>…<SubmitButton pending={submit.pending}>{t('save')}</SubmitButton></form>
 *
 * The element is there for a form that resets itself after a save (`element.reset()`).
 */
export function useFormSubmit(run: (form: FormData, element: HTMLFormElement) => Promise<void>) {
  const [pending, start] = useTransition();
  return {
    pending,
    onSubmit: (e: FormEvent<HTMLFormElement>) => {
      e.preventDefault();
      const element = e.currentTarget;
      const form = new FormData(element);
      start(() => run(form, element));
    },
  };
}
