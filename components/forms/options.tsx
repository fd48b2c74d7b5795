import * as React from 'react';
import { Label, Select } from '@/components/ui/input';

export type OptionItem = { id: string; name: string } | readonly [value: string, label: string];

/**
 * The `<option>`s of a select: a first empty one (`empty`: "all", "none", "—") and one per item,
 * given as `{ id, name }` rows or `[value, label]` pairs.
 */
export function Options({ empty, options }: { empty?: string; options: readonly OptionItem[] }) {
  return (
    <>
      {empty !== undefined ? <option value="">{empty}</option> : null}
      {options.map((o) => {
        const [value, label] = 'id' in o ? [o.id, o.name] : o;
        return (
          <option key={value} value={value}>
            {label}
          </option>
        );
      })}
    </>
  );
}

/** One select of a filter bar: its label above, "all" first (unless the filter has no "all"), then the options (`name`/`defaultValue` in a GET form, or `value`/`onChange`). */
export function FilterSelect({
  id,
  label,
  all,
  options,
  ...select
}: Omit<React.SelectHTMLAttributes<HTMLSelectElement>, 'id'> & {
  id: string;
  label: string;
  all?: string;
  options: readonly OptionItem[];
}) {
  return (
    <div className="flex flex-col gap-1">
      <Label htmlFor={id}>{label}</Label>
      <Select id={id} {...select}>
        <Options empty={all} options={options} />
      </Select>
    </div>
  );
}
