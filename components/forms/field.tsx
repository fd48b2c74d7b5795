'use client';
import * as React from 'react';
import { useFormStatus } from 'react-dom';
import { cn } from '@/lib/cn';
import { Button, type ButtonProps } from '@/components/ui/button';
import { Options, type OptionItem } from '@/components/forms/options';
import { Input as BaseInput, Label, Select as BaseSelect, Textarea as BaseTextarea } from '@/components/ui/input';

// Form fields that show the server's `fieldErrors` (ActionResult from lib/server/action.ts):
//
//   const [state, action] = useActionState(saveAction, null);   // saveAction comes in as a prop
//   const fe = state && !state.ok ? state.fieldErrors : undefined;
//   <form action={action}>
//     <FormError message={state && !state.ok ? state.error : null} />
//     <TextInput name="name" label={t('name')} errors={fe} required />
//     <NumberInput name="amount" label={t('amount')} errors={fe} min={0} />
//     <SelectField name="stage" label={t('stage')} errors={fe} options={[['A', 'A'], ['B', 'B']]} />
//     <SubmitButton pendingLabel={t('saving')}>{t('save')}</SubmitButton>
//   </form>
//
// Each control: id `f-<name>` unless given, its label, `description`, its errors announced
// (aria-invalid + aria-describedby), and error text with data-testid `<id>-error`.

type FieldErrors = Record<string, string[] | undefined> | undefined;

/** A labelled control with a description and its server-side errors. */
export function Field({
  label,
  htmlFor,
  errors,
  hint,
  description,
  required,
  children,
  className,
}: {
  label: string;
  htmlFor: string;
  errors?: string[];
  /** @deprecated use description */
  hint?: string;
  description?: string;
  required?: boolean;
  children: React.ReactNode;
  className?: string;
}) {
  const desc = description ?? hint;
  return (
    <div className={cn('flex flex-col gap-1', className)}>
      <Label htmlFor={htmlFor}>
        {label}
        {required ? (
          <span className="ml-0.5 text-rose-600" aria-hidden>
            *
          </span>
        ) : null}
      </Label>
      {children}
      <FieldNotes id={htmlFor} description={desc} errors={errors} />
    </div>
  );
}

/** Under a control: its description (`<id>-desc`), or its errors (`<id>-error`, test id alike) when it has any. */
export function FieldNotes({ id, description, errors }: { id: string; description?: string; errors?: string[] }) {
  return (
    <>
      {description && !errors?.length ? (
        <p id={`${id}-desc`} className="text-xs text-slate-500">
          {description}
        </p>
      ) : null}
      {errors?.length ? (
        <p id={`${id}-error`} className="text-xs text-rose-600" data-testid={`${id}-error`}>
          {errors.join(' ')}
        </p>
      ) : null}
    </>
  );
}

export function FormError({ message }: { message?: string | null }) {
  if (!message) return null;
  return (
    <div role="status" data-testid="form-error" className="rounded-md border border-rose-200 bg-rose-50 px-3 py-2 text-sm text-rose-700">
      {message}
    </div>
  );
}

type Common = {
  name: string;
  label: string;
  description?: string;
  errors?: FieldErrors;
  id?: string;
  fieldClassName?: string;
  /** shown right under the control (e.g. a live hint about what was typed) */
  addon?: React.ReactNode;
  /** false: a required control without the asterisk after its label (a short form where every field is required) */
  markRequired?: boolean;
};

/**
 * Splits a field's props: what its `Field` wrapper shows (label, description, errors, addon) and
 * what goes on the control (id `f-<name>` unless given, name, aria-invalid, aria-describedby, the rest).
 */
function useFieldProps<R extends { required?: boolean }>({
  name,
  label,
  description,
  errors,
  id,
  fieldClassName,
  addon,
  markRequired = true,
  ...rest
}: Common & R) {
  const fid = id ?? `f-${name}`;
  const errs = errors?.[name];
  const describedBy = errs?.length ? `${fid}-error` : description ? `${fid}-desc` : undefined;
  return {
    fid,
    errs,
    wrap: { label, htmlFor: fid, errors: errs, description, required: markRequired && rest.required, className: fieldClassName },
    addon,
    control: { id: fid, name, 'aria-invalid': errs?.length ? true : undefined, 'aria-describedby': describedBy, ...rest },
  };
}

type InputProps = Common & Omit<React.InputHTMLAttributes<HTMLInputElement>, 'name' | 'id'>;

export function TextInput(props: InputProps) {
  const { wrap, addon, control } = useFieldProps(props);
  return (
    <Field {...wrap}>
      <BaseInput type="text" {...control} />
      {addon}
    </Field>
  );
}

/** A number: `inputMode=decimal`, no scroll-wheel changes. The server still parses it with zod. */
export function NumberInput(props: InputProps) {
  return <TextInput type="number" inputMode="decimal" onWheel={(e) => (e.target as HTMLInputElement).blur()} {...props} />;
}

/** A date (yyyy-mm-dd, the format the validation schemas take). */
export function DateInput(props: InputProps) {
  return <TextInput type="date" {...props} />;
}

export function TextareaField(props: Common & Omit<React.TextareaHTMLAttributes<HTMLTextAreaElement>, 'name' | 'id'>) {
  const { wrap, addon, control } = useFieldProps(props);
  return (
    <Field {...wrap}>
      <BaseTextarea {...control} />
      {addon}
    </Field>
  );
}

export function SelectField({
  options,
  placeholder,
  ...props
}: Common &
  Omit<React.SelectHTMLAttributes<HTMLSelectElement>, 'name' | 'id'> & {
    /** [value, label] pairs or { id, name } rows */
    options: readonly OptionItem[];
    /** a first empty option */
    placeholder?: string;
  }) {
  const { wrap, addon, control } = useFieldProps(props);
  return (
    <Field {...wrap}>
      <BaseSelect {...control}>
        <Options empty={placeholder} options={options} />
      </BaseSelect>
      {addon}
    </Field>
  );
}

export function Checkbox(props: Common & Omit<React.InputHTMLAttributes<HTMLInputElement>, 'name' | 'id' | 'type'>) {
  const { fid, errs, wrap, control } = useFieldProps(props);
  return (
    <div className={cn('flex flex-col gap-1', wrap.className)}>
      <label htmlFor={fid} className="inline-flex items-center gap-2 text-sm text-slate-800">
        <input type="checkbox" className="size-4 rounded border-slate-300" value="on" {...control} />
        {wrap.label}
      </label>
      <FieldNotes id={fid} description={wrap.description} errors={errs} />
    </div>
  );
}

/** Submit button that disables itself and shows `pendingLabel` while its form's action runs. */
export function SubmitButton({
  pendingLabel,
  pending: forced,
  children,
  disabled,
  ...rest
}: ButtonProps & { pendingLabel?: string; pending?: boolean }) {
  const status = useFormStatus();
  const pending = forced ?? status.pending;
  return (
    <Button type="submit" disabled={pending || disabled} aria-busy={pending || undefined} {...rest}>
      {pending && pendingLabel ? pendingLabel : children}
    </Button>
  );
}
