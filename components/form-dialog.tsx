'use client';
import type * as React from 'react';
import { useState, useTransition } from 'react';
import { FormModal } from '@/components/form-modal';
import { Button, type ButtonProps } from '@/components/ui/button';

/** what a server action answers (lib/server/action.ts ActionResult, as far as the dialog reads it) */
type Result<T> = { ok: true; data: T } | { ok: false; error: string; fieldErrors?: Record<string, string[]> };

/**
 * The state of a "+ thing" button's FormModal: open/closed, the pending action, the action's
 * error and field errors (cleared each time the dialog opens).
 *
 *   const dialog = useFormDialog();
 *   <Button onClick={dialog.show}>…</Button>
 *   <FormModal {...dialog.modal} title=… formId=… onSubmit={(fd) => dialog.run(() => createAction(…), (data) => …)}>
 *     <TextInput name="name" label=… errors={dialog.fieldErrors} />
 *   </FormModal>
 *
 * `run` closes the dialog and calls `onDone` when the action succeeds; otherwise the dialog stays
 * open with the action's error on top and its field errors on the fields.
 */
export function useFormDialog() {
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string[]> | undefined>();
  const [pending, start] = useTransition();
  const close = () => setOpen(false);
  return {
    fieldErrors,
    show: () => {
      setError(null);
      setFieldErrors(undefined);
      setOpen(true);
    },
    run: <T,>(action: () => Promise<Result<T>>, onDone: (data: T) => void) =>
      start(async () => {
        const r = await action();
        if (!r.ok) {
          setError(r.error);
          setFieldErrors(r.fieldErrors);
          return;
        }
        close();
        onDone(r.data);
      }),
    /** spread into FormModal */
    modal: { open, onClose: close, pending, error },
  };
}

/**
 * "+ thing": the button that opens a FormModal (test ids `<testId>`, `<testId>-dialog`, form id
 * `<testId>-form`), its state from `useFormDialog`. Everything else is FormModal's.
 */
export function FormDialogButton({
  dialog,
  testId,
  label,
  buttonProps,
  ...modal
}: Omit<React.ComponentProps<typeof FormModal>, 'open' | 'onClose' | 'pending' | 'error' | 'formId' | 'testId'> & {
  dialog: ReturnType<typeof useFormDialog>;
  testId: string;
  label: React.ReactNode;
  buttonProps?: ButtonProps;
}) {
  return (
    <>
      <Button data-testid={testId} onClick={dialog.show} {...buttonProps}>
        {label}
      </Button>
      <FormModal {...dialog.modal} testId={`${testId}-dialog`} formId={`${testId}-form`} {...modal} />
    </>
  );
}
