'use client';
import * as React from 'react';
import { useState } from 'react';
import { SelectField, TextInput } from '@/components/forms/field';
import { Button } from '@/components/ui/button';

/** `base?k=v…` with the filters that are set (trimmed), or `base` alone. */
export function hrefWith(base: string, filters: Record<string, string>) {
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries(filters)) if (v.trim()) p.set(k, v.trim());
  const s = p.toString();
  return s ? `${base}?${s}` : base;
}

/**
 * A list's search row: a search form (`q` plus a choice for each of `selects`) whose submit hands `base?q=…` to `onSearch` (the list pushes it in a transition and
 * passes that transition's `pending`), and `actions` (e.g. the add button) at the right.
 */
export function SearchBar<F extends { q: string }>({
  base,
  initial,
  label,
  placeholder,
  submitLabel,
  pending,
  onSearch,
  selects = [],
  actions,
}: {
  base: string;
  initial: F;
  label: string;
  placeholder: string;
  submitLabel: string;
  pending: boolean;
  onSearch: (href: string) => void;
  /** further filters, each one of `initial`'s keys: its label, the "any" option and the choices ([value, label]) */
  selects?: { name: keyof F & string; label: string; placeholder: string; options: readonly (readonly [string, string])[] }[];
  actions?: React.ReactNode;
}) {
  const [values, setValues] = useState<Record<string, string>>(initial);
  return (
    <div className="flex flex-wrap items-end justify-between gap-2">
      <form
        role="search"
        aria-label={label}
        className="flex flex-wrap items-end gap-2"
        onSubmit={(e) => {
          e.preventDefault();
          onSearch(hrefWith(base, values));
        }}
      >
        <TextInput
          name="q"
          type="search"
          label={label}
          placeholder={placeholder}
          value={values.q}
          onChange={(e) => setValues({ ...values, q: e.target.value })}
          maxLength={100}
        />
        {selects.map((s) => (
          <SelectField
            key={s.name}
            name={s.name}
            label={s.label}
            value={values[s.name]}
            onChange={(e) => setValues({ ...values, [s.name]: e.target.value })}
            placeholder={s.placeholder}
            options={s.options}
          />
        ))}
        <Button type="submit" variant="secondary" disabled={pending}>
          {submitLabel}
        </Button>
      </form>
      {actions}
    </div>
  );
}
