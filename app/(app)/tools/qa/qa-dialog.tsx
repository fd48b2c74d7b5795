'use client';
import { useState, useTransition, type FormEvent } from 'react';
import { useTranslations } from 'next-intl';
import { Modal } from '@/components/modal';
import { SubmitButton, TextareaField, TextInput } from '@/components/forms/field';
import { Button } from '@/components/ui/button';
import { toast } from '@/components/toast';
import type { ActionResult } from '@/lib/server/action';
import type { QaEntryDto } from '@/lib/server/commands/tools';
import type { CreateQaEntryInput, UpdateQaEntryInput } from '@/lib/validation/tools';

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
  const [pending, start] = useTransition();
  const set = (k: Key) => (e: { target: { value: string } }) => setValues((v) => ({ ...v, [k]: e.target.value }));
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    start(async () => {
      const r = entry ? await update({ ...values, qaEntryId: entry.id, version: entry.version }) : await create(values);
      if (!r.ok) {
        setErrors(r.fieldErrors);
        toast.error(r.error);
        return;
      }
      toast.success(t(entry ? 'qa.saved' : 'qa.created'));
      onSaved();
    });
  };
  return (
    <Modal open onClose={onClose} title={t(entry ? 'qa.editTitle' : 'qa.new')} size="lg" testId="qa-dialog">
      <form onSubmit={onSubmit} className="flex flex-col gap-3">
        <div className="grid gap-3 sm:grid-cols-3">
          <TextInput
            name="needType"
            label={t('qa.fields.needType')}
            value={values.needType}
            onChange={set('needType')}
            errors={errors}
            required
            maxLength={100}
          />
          <TextInput
            name="industry"
            label={t('qa.fields.industry')}
            value={values.industry}
            onChange={set('industry')}
            errors={errors}
            maxLength={100}
          />
          <TextInput
            name="stage"
            label={t('qa.fields.stage')}
            value={values.stage}
            onChange={set('stage')}
            errors={errors}
            maxLength={100}
          />
        </div>
        <TextareaField
          name="question"
          label={t('qa.fields.question')}
          value={values.question}
          onChange={set('question')}
          errors={errors}
          required
          rows={2}
          maxLength={4000}
        />
        <TextareaField
          name="answer"
          label={t('qa.fields.answer')}
          value={values.answer}
          onChange={set('answer')}
          errors={errors}
          required
          rows={3}
          maxLength={4000}
        />
        <TextareaField
          name="avoidAnswer"
          label={t('qa.fields.avoidAnswer')}
          value={values.avoidAnswer}
          onChange={set('avoidAnswer')}
          errors={errors}
          rows={2}
          maxLength={4000}
        />
        <TextInput
          name="source"
          label={t('qa.fields.source')}
          value={values.source}
          onChange={set('source')}
          errors={errors}
          maxLength={500}
        />
        <div className="flex justify-end gap-2">
          <Button variant="secondary" onClick={onClose}>
            {t('qa.cancel')}
          </Button>
          <SubmitButton pending={pending}>{t('qa.save')}</SubmitButton>
        </div>
      </form>
    </Modal>
  );
}
