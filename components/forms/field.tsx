'use client';
import * as React from 'react';
import { useFormStatus } from 'react-dom';
import { cn } from '@/lib/cn';
import { Button, type ButtonProps } from '@/components/ui/button';
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
      {desc && !errors?.length ? (
        <p id={`${htmlFor}-desc`} className="text-xs text-slate-500">
          {desc}
        </p>
      ) : null}
      {errors?.length ? (
        <p id={`${htmlFor}-error`} className="text-xs text-rose-600" data-testid={`${htmlFor}-error`}>
          {errors.join(' ')}
        </p>
      ) : null}
    </div>
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

type Common = { name: string; label: string; description?: string; errors?: FieldErrors; id?: string; fieldClassName?: string };

function useFieldProps({ name, id, errors, description }: Common) {
  const fid = id ?? `f-${name}`;
  const errs = errors?.[name];
  const describedBy = errs?.length ? `${fid}-error` : description ? `${fid}-desc` : undefined;
  return { fid, errs, control: { id: fid, name, 'aria-invalid': errs?.length ? true : undefined, 'aria-describedby': describedBy } };
}

function Wrap(p: Common & { fid: string; errs?: string[]; required?: boolean; children: React.ReactNode }) {
  return (
    <Field label={p.label} htmlFor={p.fid} errors={p.errs} description={p.description} required={p.required} className={p.fieldClassName}>
      {p.children}
    </Field>
  );
}

type InputProps = Common & Omit<React.InputHTMLAttributes<HTMLInputElement>, 'name' | 'id'>;

export function TextInput({ name, label, description, errors, id, fieldClassName, ...rest }: InputProps) {
  const { fid, errs, control } = useFieldProps({ name, id, errors, description, label });
  return (
    <Wrap {...{ name, label, description, fid, errs, fieldClassName, required: rest.required }}>
      <BaseInput type="text" {...control} {...rest} />
    </Wrap>
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

export function TextareaField({
  name,
  label,
  description,
  errors,
  id,
  fieldClassName,
  ...rest
}: Common & Omit<React.TextareaHTMLAttributes<HTMLTextAreaElement>, 'name' | 'id'>) {
  const { fid, errs, control } = useFieldProps({ name, id, errors, description, label });
  return (
    <Wrap {...{ name, label, description, fid, errs, fieldClassName, required: rest.required }}>
      <BaseTextarea {...control} {...rest} />
    </Wrap>
  );
}

export function SelectField({
  name,
  label,
  description,
  errors,
  id,
  fieldClassName,
  options,
  placeholder,
  ...rest
}: Common &
  Omit<React.SelectHTMLAttributes<HTMLSelectElement>, 'name' | 'id'> & {
    /** [value, label] pairs */
    options: readonly (readonly [string, string])[];
    /** a first empty option */
    placeholder?: string;
  }) {
  const { fid, errs, control } = useFieldProps({ name, id, errors, description, label });
  return (
    <Wrap {...{ name, label, description, fid, errs, fieldClassName, required: rest.required }}>
      <BaseSelect {...control} {...rest}>
        {placeholder !== undefined ? <option value="">{placeholder}</option> : null}
        {options.map(([v, l]) => (
          <option key={v} value={v}>
            {l}
          </option>
        ))}
      </BaseSelect>
    </Wrap>
  );
}

export function Checkbox({
  name,
  label,
  description,
  errors,
  id,
  fieldClassName,
  ...rest
}: Common & Omit<React.InputHTMLAttributes<HTMLInputElement>, 'name' | 'id' | 'type'>) {
  const { fid, errs, control } = useFieldProps({ name, id, errors, description, label });
  return (
    <div className={cn('flex flex-col gap-1', fieldClassName)}>
      <label htmlFor={fid} className="inline-flex items-center gap-2 text-sm text-slate-800">
        <input type="checkbox" className="size-4 rounded border-slate-300" value="on" {...control} {...rest} />
        {label}
      </label>
      {description && !errs?.length ? (
        <p id={`${fid}-desc`} className="text-xs text-slate-500">
          {description}
        </p>
      ) : null}
      {errs?.length ? (
        <p id={`${fid}-error`} className="text-xs text-rose-600" data-testid={`${fid}-error`}>
          {errs.join(' ')}
        </p>
      ) : null}
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
