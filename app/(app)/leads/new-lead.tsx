'use client';
// "+ 리드": a lead typed in by hand (a business card, a phone call), the same command and rules as
// POST /api/v1/leads and the import (email or company + website to dedupe; phone E.164).
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { FormDialogButton, useFormDialog } from '@/components/form-dialog';
import { toast } from '@/components/toast';
import { SelectField, TextInput, TextareaField } from '@/components/forms/field';
import { LEAD_SOURCES, TEMPERATURES } from '@/lib/validation/leads';
import { createLeadAction } from './actions';

const TEXT_FIELDS = ['email', 'company', 'name', 'title', 'phone', 'website', 'businessRegistrationNo', 'campaign', 'budget'] as const;

export function NewLeadButton() {
  const t = useTranslations('leads');
  const router = useRouter();
  const dialog = useFormDialog();
  const fe = dialog.fieldErrors;
  const submit = (fd: FormData) => {
    const s = (k: string) => String(fd.get(k) ?? '').trim() || null;
    const input: Record<string, string | null> = {};
    for (const f of TEXT_FIELDS) input[f] = s(f);
    dialog.run(
      () =>
        createLeadAction({
          ...input,
          need: s('need'),
          source: (s('source') as (typeof LEAD_SOURCES)[number] | null) ?? undefined,
          temperature: (s('temperature') ?? 'WARM') as (typeof TEMPERATURES)[number],
        }),
      () => {
        toast.success(t('create.created'));
        router.refresh();
      },
    );
  };
  return (
    <FormDialogButton
      dialog={dialog}
      testId="new-lead"
      label={t('create.button')}
      buttonProps={{ variant: 'secondary' }}
      title={t('create.title')}
      description={t('create.help')}
      size="lg"
      onSubmit={submit}
    >
      {TEXT_FIELDS.map((f) => (
        <TextInput key={f} name={f} label={t(`fields.${f}`)} errors={fe} type={f === 'email' ? 'email' : 'text'} />
      ))}
      <SelectField
        name="temperature"
        label={t('fields.temperature')}
        defaultValue="WARM"
        errors={fe}
        options={TEMPERATURES.map((x) => [x, t(`temperature.${x}`)] as const)}
      />
      <SelectField
        name="source"
        label={t('fields.source')}
        errors={fe}
        placeholder=""
        options={LEAD_SOURCES.map((x) => [x, t(`source.${x}`)] as const)}
      />
      <TextareaField name="need" label={t('fields.need')} errors={fe} rows={2} fieldClassName="sm:col-span-2" />
    </FormDialogButton>
  );
}
