'use client';
import { useState } from 'react';
import { useTranslations } from 'next-intl';
import { Modal } from '@/components/modal';
import { TextareaField, TextInput } from '@/components/forms/field';
import { FormActions } from '@/components/forms/form-actions';
import { fieldBinder } from '@/components/forms/bind';
import { toast } from '@/components/toast';
import type { ActionResult } from '@/lib/server/action';
import type { QaEntryDto } from '@/lib/server/commands/tools';
import type { CreateQaEntryInput, UpdateQaEntryInput } from '@/lib/validation/tools';
import { useFormSubmit } from '@/components/forms/use-form-submit';

const KEYS = ['needType', 'industry', 'stage', 'question', 'answer', 'avoidAnswer', 'source'] as const;
type Key = (typeof KEYS)[number];

// Add or edit one Q&A entry (tools:edit). Edits send the version read; a stale one comes back as a conflict toast.
export function QaDialog({
  entry,
  onClose,
  onSaved,
  create,
  update,
}: {
  entry: QaEntryDto | null;
  onClose: () => void;
  onSaved: () => void;
  create: (input: CreateQaEntryInput) => Promise<ActionResult<QaEntryDto>>;
  update: (input: UpdateQaEntryInput) => Promise<ActionResult<QaEntryDto>>;
}) {
  const t = useTranslations('tools');
  const [values, setValues] = useState<Record<Key, string>>(
    () => Object.fromEntries(KEYS.map((k) => [k, entry?.[k] ?? ''])) as Record<Key, string>,
  );
  const [errors, setErrors] = useState<Record<string, string[]> | undefined>();
  const field = fieldBinder({ values, onChange: setValues, errors, label: (k) => t(`qa.fields.${k as Key}`) });
  const { pending, onSubmit } = useFormSubmit(async () => {
    const r = entry ? await update({ ...values, qaEntryId: entry.id, version: entry.version }) : await create(values);
    if (!r.ok) {
      setErrors(r.fieldErrors);
      toast.error(r.error);
      return;
    }
    toast.success(t(entry ? 'qa.saved' : 'qa.created'));
    onSaved();
  });
  return (
    <Modal open onClose={onClose} title={t(entry ? 'qa.editTitle' : 'qa.new')} size="lg" testId="qa-dialog">
      <form onSubmit={onSubmit} className="flex flex-col gap-3">
        <div className="grid gap-3 sm:grid-cols-3">
          <TextInput {...field('needType')} required maxLength={100} />
          <TextInput {...field('industry')} maxLength={100} />
          <TextInput {...field('stage')} maxLength={100} />
        </div>
        <TextareaField {...field('question')} required rows={2} maxLength={4000} />
        <TextareaField {...field('answer')} required rows={3} maxLength={4000} />
        <TextareaField {...field('avoidAnswer')} rows={2} maxLength={4000} />
        <TextInput {...field('source')} maxLength={500} />
        <FormActions onCancel={onClose} cancelLabel={t('qa.cancel')} pending={pending}>
          {t('qa.save')}
        </FormActions>
      </form>
    </Modal>
  );
}
