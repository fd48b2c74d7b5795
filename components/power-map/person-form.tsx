'use client';
import { useTranslations } from 'next-intl';
import { FormActions } from '@/components/forms/form-actions';
import { FormError, SelectField, TextInput } from '@/components/forms/field';
import type { PowerMapPersonItem } from '@/lib/validation/power-map';

const STANCES = ['SUPPORTER', 'NEUTRAL', 'OPPONENT'] as const;
const ROLES = ['DECISION_MAKER', 'INFLUENCER', 'CHAMPION', 'GATEKEEPER', 'USER'] as const;

export type PersonFormValues = {
  name?: string;
  title?: string | null;
  reportsToId: string | null;
  stance: PowerMapPersonItem['stance'];
  power: number | null;
  powerRole: PowerMapPersonItem['powerRole'];
  relationshipOwnerId: string | null;
};

/** Add or edit one person on the power map: the keyboard way to do what a drag does, and more. */
export function PowerMapPersonForm({
  mode,
  person,
  people,
  owners,
  pending,
  error,
  onSubmit,
  onCancel,
}: {
  mode: 'add' | 'edit';
  person: PowerMapPersonItem | null;
  people: PowerMapPersonItem[];
  owners: { id: string; name: string }[];
  pending: boolean;
  error: { message: string | null; fields?: Record<string, string[]> };
  onSubmit: (v: PersonFormValues) => void;
  onCancel: () => void;
}) {
  const t = useTranslations('powerMap');
  const managers = people.filter((p) => p.contactId !== person?.contactId).map((p) => [p.contactId, p.name] as const);
  const orNull = (v: FormDataEntryValue | null) => (v === null || v === '' ? null : String(v));
  return (
    <form
      className="grid gap-3"
      onSubmit={(e) => {
        e.preventDefault();
        const f = new FormData(e.currentTarget);
        const power = orNull(f.get('power'));
        onSubmit({
          ...(mode === 'add' ? { name: String(f.get('name') ?? ''), title: orNull(f.get('title')) } : {}),
          reportsToId: orNull(f.get('reportsToId')),
          stance: orNull(f.get('stance')) as PersonFormValues['stance'],
          power: power === null ? null : Number(power),
          powerRole: orNull(f.get('powerRole')) as PersonFormValues['powerRole'],
          relationshipOwnerId: orNull(f.get('relationshipOwnerId')),
        });
      }}
    >
      <FormError message={error.message} />
      {mode === 'add' ? (
        <div className="grid grid-cols-2 gap-3">
          <TextInput name="name" id="pm-name" label={t('fields.name')} required errors={error.fields} data-autofocus />
          <TextInput name="title" id="pm-title" label={t('fields.title')} errors={error.fields} />
        </div>
      ) : null}
      <SelectField
        name="reportsToId"
        id="pm-reportsTo"
        label={t('fields.reportsTo')}
        options={managers}
        placeholder={t('noManager')}
        defaultValue={person?.reportsToId ?? ''}
        errors={error.fields}
        {...(mode === 'edit' ? { 'data-autofocus': true } : {})}
      />
      <div className="grid grid-cols-2 gap-3">
        <SelectField
          name="stance"
          id="pm-stance"
          label={t('fields.stance')}
          options={STANCES.map((s) => [s, t(`stances.${s}`)] as const)}
          placeholder={t('notSet')}
          defaultValue={person?.stance ?? ''}
          errors={error.fields}
        />
        <SelectField
          name="power"
          id="pm-power"
          label={t('fields.power')}
          options={[1, 2, 3, 4, 5].map((n) => [String(n), String(n)] as const)}
          placeholder={t('notSet')}
          defaultValue={person?.power?.toString() ?? ''}
          errors={error.fields}
        />
      </div>
      <div className="grid grid-cols-2 gap-3">
        <SelectField
          name="powerRole"
          id="pm-role"
          label={t('fields.powerRole')}
          options={ROLES.map((r) => [r, t(`roles.${r}`)] as const)}
          placeholder={t('notSet')}
          defaultValue={person?.powerRole ?? ''}
          errors={error.fields}
        />
        <SelectField
          name="relationshipOwnerId"
          id="pm-owner"
          label={t('fields.owner')}
          options={owners.map((o) => [o.id, o.name] as const)}
          placeholder={t('noOwner')}
          defaultValue={person?.relationshipOwnerId ?? ''}
          errors={error.fields}
        />
      </div>
      <FormActions onCancel={onCancel} cancelLabel={t('cancel')} pending={pending}>
        {t('save')}
      </FormActions>
    </form>
  );
}
