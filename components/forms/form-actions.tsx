'use client';
import type * as React from 'react';
import { cn } from '@/lib/cn';
import { SubmitButton } from '@/components/forms/field';
import { Button, type ButtonProps } from '@/components/ui/button';

/**
 * The row at the end of a dialog's form: cancel, then submit (right-aligned).
 *
 *   <FormActions onCancel={onClose} cancelLabel={t('cancel')} pending={pending} pendingLabel={t('saving')}>
 *     {t('save')}
 *   </FormActions>
 *
 * The submit is a `SubmitButton`: disabled (and `aria-busy`) while `pending` (or, without `pending`,
 * while its form's action runs), and disabled when `disabled`. `form` names the form when the row
 * stands outside it (a Modal's footer). `size` and the variants apply to both buttons.
 */
export function FormActions({
  onCancel,
  cancelLabel,
  cancelVariant = 'secondary',
  children,
  pending,
  pendingLabel,
  disabled,
  variant,
  size,
  form,
  className,
}: {
  onCancel: () => void;
  cancelLabel: string;
  /** default: secondary */
  cancelVariant?: ButtonProps['variant'];
  /** the submit button's label */
  children: React.ReactNode;
  pending?: boolean;
  pendingLabel?: string;
  disabled?: boolean;
  /** the submit button's variant (default: primary) */
  variant?: ButtonProps['variant'];
  size?: ButtonProps['size'];
  form?: string;
  className?: string;
}) {
  return (
    <div className={cn('flex justify-end gap-2', className)}>
      <Button variant={cancelVariant} size={size} onClick={onCancel}>
        {cancelLabel}
      </Button>
      <SubmitButton form={form} pending={pending} pendingLabel={pendingLabel} disabled={disabled} variant={variant} size={size}>
        {children}
      </SubmitButton>
    </div>
  );
}
