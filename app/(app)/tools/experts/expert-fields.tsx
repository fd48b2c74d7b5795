'use client';
import { useTranslations } from 'next-intl';
import { Checkbox, SelectField, TextareaField, TextInput } from '@/components/forms/field';
import { fieldBinder } from '@/components/forms/bind';

// The expert's fields, shared by the create dialog and the profile form (same zod schema on the server).
// Ids are `expert-<field>` (the list page's filters already use `f-field`).
export type ExpertValues = {
  name: string;
  internal: boolean;
  userId: string;
  field: string;
  organization: string;
  email: string;
  phone: string;
  notes: string;
};
export const emptyExpert: ExpertValues = {
  name: '',
  internal: false,
  userId: '',
  field: '',
  organization: '',
  email: '',
  phone: '',
  notes: '',
};
export const expertValuesOf = (e: {
  name: string;
  internal: boolean;
  userId: string | null;
  field: string;
  organization: string | null;
  email: string | null;
  phone: string | null;
  notes: string | null;
}): ExpertValues => ({
  name: e.name,
  internal: e.internal,
  userId: e.userId ?? '',
  field: e.field,
  organization: e.organization ?? '',
  email: e.email ?? '',
  phone: e.phone ?? '',
  notes: e.notes ?? '',
});

export function ExpertFields({
  values,
  onChange,
  users,
  errors,
  fields,
}: {
  values: ExpertValues;
  onChange: (v: ExpertValues) => void;
  users: { id: string; name: string }[];
  errors?: Record<string, string[]>;
  /** the domains in use (suggestions) */
  fields: string[];
}) {
  const t = useTranslations('experts');
  const field = fieldBinder({ values, onChange, errors, label: (k) => t(`fields.${k as 'name'}`), idPrefix: 'expert' });
  return (
    <div className="grid gap-3 md:grid-cols-2">
      <TextInput {...field('name')} required maxLength={120} />
      <div className="flex flex-col gap-1">
        <TextInput {...field('field')} required maxLength={100} list="expert-field-options" autoComplete="off" />
        <datalist id="expert-field-options">
          {fields.map((f) => (
            <option key={f} value={f} />
          ))}
        </datalist>
      </div>
      <Checkbox
        name="internal"
        id="expert-internal"
        label={t('fields.internal')}
        checked={values.internal}
        onChange={(e) => onChange({ ...values, internal: e.target.checked, userId: e.target.checked ? values.userId : '' })}
        errors={errors}
      />
      {values.internal ? (
        <SelectField
          {...field('userId')}
          label={t('fields.user')}
          placeholder={t('fields.noUser')}
          options={users.map((u) => [u.id, u.name] as const)}
        />
      ) : (
        <div />
      )}
      <TextInput {...field('organization')} maxLength={200} />
      <TextInput {...field('email')} type="email" maxLength={254} />
      <TextInput {...field('phone')} type="tel" maxLength={40} />
      <TextareaField {...field('notes')} rows={3} maxLength={4000} fieldClassName="md:col-span-2" />
    </div>
  );
}
