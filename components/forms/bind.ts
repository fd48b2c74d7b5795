/**
 * The props that tie a controlled field to one key of a form's values: `name`, `label`, `value`,
 * `onChange` (writes that key) and the server's `errors` — and `id` as `<idPrefix>-<name>` where the
 * page already has an `f-<name>` field. Spread it: `<TextInput {...field('email')} type="email" />`.
 * One row of a list in the form (`values` is the row): `namePrefix: 'lessons.0.'` makes the control's
 * name, and so the server error it shows, the row's path (`lessons.0.title`).
 */
export function fieldBinder<V extends Record<string, unknown>>(o: {
  values: V;
  onChange: (next: V) => void;
  label: (name: string) => string;
  errors?: Record<string, string[] | undefined>;
  idPrefix?: string;
  namePrefix?: string;
}) {
  return (name: keyof V & string) => ({
    name: `${o.namePrefix ?? ''}${name}`,
    id: o.idPrefix ? `${o.idPrefix}-${name}` : undefined,
    label: o.label(name),
    value: String(o.values[name] ?? ''),
    onChange: (e: { target: { value: string } }) => o.onChange({ ...o.values, [name]: e.target.value }),
    errors: o.errors,
  });
}
