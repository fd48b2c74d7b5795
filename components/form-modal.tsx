'use client';
import type * as React from 'react';
import { useTranslations } from 'next-intl';
import { Modal } from '@/components/modal';
import { FormError } from '@/components/forms/field';
import { FormActions } from '@/components/forms/form-actions';

/**
 * A dialog that is one form: the Modal, its form (two columns from `sm`), the form's error on top
 * (with `errorExtra` beside it, e.g. a link to the record that holds a key) and the footer's
 * cancel and submit buttons. `onSubmit` receives the form's FormData (the submit is prevented).
 */
export function FormModal({
  formId,
  onSubmit,
  pending,
  submitLabel,
  pendingLabel,
  error,
  errorExtra,
  errorTestId,
  children,
  ...modal
}: {
  open: boolean;
  onClose: () => void;
  title: string;
  description?: string;
  size?: 'sm' | 'md' | 'lg' | 'xl';
  testId?: string;
  /** the form's id (the footer's submit button is outside the form) */
  formId: string;
  onSubmit: (form: FormData) => void;
  pending: boolean;
  /** default: common.save */
  submitLabel?: string;
  pendingLabel?: string;
  error: string | null | undefined;
  errorExtra?: React.ReactNode;
  errorTestId?: string;
  children: React.ReactNode;
}) {
  const tc = useTranslations('common');
  return (
    <Modal
      {...modal}
      footer={
        <FormActions
          onCancel={modal.onClose}
          cancelLabel={tc('cancel')}
          cancelVariant="ghost"
          form={formId}
          pending={pending}
          pendingLabel={pendingLabel}
        >
          {submitLabel ?? tc('save')}
        </FormActions>
      }
    >
      <form
        id={formId}
        onSubmit={(e) => {
          e.preventDefault();
          onSubmit(new FormData(e.currentTarget));
        }}
        className="grid grid-cols-1 gap-3 sm:grid-cols-2"
      >
        <div className="sm:col-span-2" data-testid={errorTestId}>
          <FormError message={error} />
          {errorExtra}
        </div>
        {children}
      </form>
    </Modal>
  );
}
