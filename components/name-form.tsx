'use client';
import { useState, useTransition } from 'react';
import { TextInput } from '@/components/forms/field';
import { Button } from '@/components/ui/button';

/**
 * A one-field form that adds something by its name (a team, an API token, a competitor): the
 * field and its button, which is off while the name is blank or the save runs. `onSubmit` saves
 * and answers whether it did (the field is then cleared).
 */
export function NameForm({
  id,
  label,
  submitLabel,
  onSubmit,
  errors,
  maxLength,
  formLabel,
  fieldClassName,
}: {
  id: string;
  label: string;
  submitLabel: string;
  onSubmit: (name: string) => Promise<boolean>;
  errors?: Record<string, string[] | undefined>;
  maxLength?: number;
  /** the form's accessible name, where the page has several */
  formLabel?: string;
  fieldClassName?: string;
}) {
  const [value, setValue] = useState('');
  const [pending, start] = useTransition();
  return (
    <form
      className="flex flex-wrap items-end gap-2"
      aria-label={formLabel}
      onSubmit={(e) => {
        e.preventDefault();
        start(async () => {
          if (await onSubmit(value)) setValue('');
        });
      }}
    >
      <TextInput
        id={id}
        name="name"
        label={label}
        value={value}
        onChange={(e) => setValue(e.target.value)}
        errors={errors}
        maxLength={maxLength}
        required
        fieldClassName={fieldClassName}
      />
      <Button type="submit" disabled={pending || !value.trim()} aria-busy={pending || undefined}>
        {submitLabel}
      </Button>
    </form>
  );
}
