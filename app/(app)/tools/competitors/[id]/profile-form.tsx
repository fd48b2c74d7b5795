'use client';
import { useState } from 'react';
import { useTranslations } from 'next-intl';
import { FormError, SubmitButton, TextInput, TextareaField } from '@/components/forms/field';
import { toastResult } from '@/components/toast';
import type { ActionResult } from '@/lib/server/action';
import type { CompetitorDto } from '@/lib/server/commands/tools';
import type { UpdateCompetitorInput } from '@/lib/validation/tools';
import { useFormSubmit } from '@/components/forms/use-form-submit';

const FIELDS = ['strengths', 'weaknesses', 'pricingHabits', 'typicalPartners', 'notes'] as const;

// The competitor's profile (same command as PATCH /api/v1/competitors/{id}); read-only without tools:edit.
export function ProfileForm({
  initial,
  editable,
  save,
}: {
  initial: CompetitorDto;
  editable: boolean;
  save: (input: UpdateCompetitorInput) => Promise<ActionResult<CompetitorDto>>;
}) {
  const t = useTranslations('tools');
  const [c, setC] = useState(initial);
  const [result, setResult] = useState<ActionResult<CompetitorDto> | null>(null);
  const fe = result && !result.ok ? result.fieldErrors : undefined;
  const { pending, onSubmit } = useFormSubmit(async (fd) => {
    const input: UpdateCompetitorInput = { competitorId: c.id, version: c.version, name: String(fd.get('name') ?? '') };
    for (const k of FIELDS) input[k] = String(fd.get(k) ?? '');
    const r = await save(input);
    setResult(r);
    if (toastResult(r, t('competitors.saved')) && r.ok) setC(r.data);
  });
  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-3" aria-label={t('competitors.edit')}>
      <FormError message={result && !result.ok ? result.error : null} />
      <fieldset disabled={!editable || pending} className="grid gap-3 md:grid-cols-2">
        <TextInput
          name="name"
          label={t('competitors.fields.name')}
          defaultValue={c.name}
          errors={fe}
          required
          maxLength={120}
          fieldClassName="md:col-span-2"
        />
        {FIELDS.map((k) => (
          <TextareaField key={k} name={k} label={t(`competitors.fields.${k}`)} defaultValue={c[k] ?? ''} errors={fe} rows={3} />
        ))}
      </fieldset>
      {editable ? (
        <div>
          <SubmitButton pending={pending}>{t('competitors.save')}</SubmitButton>
        </div>
      ) : null}
    </form>
  );
}
