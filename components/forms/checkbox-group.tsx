'use client';
import { cn } from '@/lib/cn';

/**
 * A labelled group of checkboxes over one list of chosen values (controlled):
 * `<CheckboxGroup id="pm-rootCauses" legend={t('rootCauses')} options={[['PRICE', t('price')]]} value={v} onChange={setV} errors={fe?.rootCauses} />`.
 * The group is a fieldset named by its legend; its errors (`<id>-error`) describe it.
 */
export function CheckboxGroup({
  id,
  legend,
  hint,
  options,
  value,
  onChange,
  errors,
  boxClassName,
  className,
  disabled,
}: {
  id: string;
  legend: string;
  /** a line under the legend */
  hint?: string;
  /** [value, label] pairs */
  options: readonly (readonly [string, string])[];
  value: readonly string[];
  onChange: (next: string[]) => void;
  errors?: string[];
  /** classes added to the box that holds the checkboxes (e.g. a bordered scroll box) */
  boxClassName?: string;
  className?: string;
  /** the whole group disabled (a fieldset's own `disabled`) */
  disabled?: boolean;
}) {
  const errorId = errors?.length ? `${id}-error` : undefined;
  return (
    <fieldset aria-describedby={errorId} className={className} disabled={disabled}>
      <legend className={cn('text-sm font-medium text-slate-700', !hint && 'mb-1')}>{legend}</legend>
      {hint ? <p className="mb-1 text-xs text-slate-500">{hint}</p> : null}
      <div className={cn('flex flex-wrap gap-x-4 gap-y-2', boxClassName)}>
        {options.map(([v, label]) => (
          <label key={v} className="inline-flex items-center gap-1.5 text-sm text-slate-800">
            <input
              type="checkbox"
              className="size-4 accent-indigo-600"
              checked={value.includes(v)}
              onChange={(e) => onChange(e.target.checked ? [...value, v] : value.filter((x) => x !== v))}
            />
            {label}
          </label>
        ))}
      </div>
      {errorId ? (
        <p id={errorId} className="mt-1 text-xs text-rose-600">
          {errors!.join(' ')}
        </p>
      ) : null}
    </fieldset>
  );
}
