'use client';
import { useState, useTransition, type FormEvent } from 'react';
import { useTranslations } from 'next-intl';
import { FormError, SubmitButton } from '@/components/forms/field';
import { toastResult } from '@/components/toast';
import type { ActionResult } from '@/lib/server/action';
import type { ExpertDto } from '@/lib/server/commands/tools';
import type { UpdateExpertInput } from '@/lib/validation/experts';
import { ExpertFields, expertValuesOf } from '../expert-fields';

// The expert's profile (same command as PATCH /api/v1/experts/{id}, with the version read; stale → 409);
// read-only without tools:edit.
export function ProfileForm({
  initial,
  editable,
  users,
  fields,
  save,
}: {
  initial: ExpertDto;
  editable: boolean;
  users: { id: string; name: string }[];
  fields: string[];
  save: (input: UpdateExpertInput) => Promise<ActionResult<ExpertDto>>;
}) {
  const t = useTranslations('experts');
  const [e, setE] = useState(initial);
  const [values, setValues] = useState(() => expertValuesOf(initial));
  const [result, setResult] = useState<ActionResult<ExpertDto> | null>(null);
  const [pending, start] = useTransition();
  const fe = result && !result.ok ? result.fieldErrors : undefined;
  const onSubmit = (ev: FormEvent) => {
    ev.preventDefault();
    start(async () => {
      const r = await save({ ...values, userId: values.internal ? values.userId || null : null, expertId: e.id, version: e.version });
      setResult(r);
      if (toastResult(r, t('saved')) && r.ok) {
        setE(r.data);
        setValues(expertValuesOf(r.data));
      }
    });
  };
  const userOptions =
    e.userId && !users.some((u) => u.id === e.userId) ? [...users, { id: e.userId, name: e.userName ?? e.userId }] : users;
  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-3" aria-label={t('edit')}>
      <FormError message={result && !result.ok ? result.error : null} />
      {!editable ? <p className="text-sm text-slate-600">{t('readOnly')}</p> : null}
      <fieldset disabled={!editable || pending}>
        <ExpertFields values={values} onChange={setValues} users={userOptions} errors={fe} fields={fields} />
      </fieldset>
      {editable ? (
        <div>
          <SubmitButton pending={pending}>{t('save')}</SubmitButton>
        </div>
      ) : null}
    </form>
  );
}
