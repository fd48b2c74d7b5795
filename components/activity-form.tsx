'use client';
import { useTranslations } from 'next-intl';
import { useRef, useState, useTransition } from 'react';
import { Button } from '@/components/ui/button';
import { DateInput, FormError, SelectField, TextInput, TextareaField } from '@/components/forms/field';
import { toast } from '@/components/toast';

export const ACTIVITY_KINDS = ['MEETING', 'CALL', 'EMAIL', 'VISIT', 'DEMO', 'PROPOSAL', 'NOTE', 'TASK'] as const;
export type ActivityFormValues = {
  type: (typeof ACTIVITY_KINDS)[number];
  subject: string;
  body: string;
  occurredAt: string;
  nextStep: string;
  nextStepDueDate: string;
  opportunityId: string | null;
};
type Result = { ok: true } | { ok: false; error: string; fieldErrors?: Record<string, string[]> };

/**
 * Log an activity (deal or account): kind, subject, notes and the next step agreed. On a deal (or
 * an account activity with a deal chosen) the next step becomes the deal's 다음 단계 (server side).
 */
export function ActivityForm({
  idPrefix,
  deals,
  onSubmit,
  onDone,
}: {
  idPrefix: string;
  /** account page: the account's deals to attach to (none: a deal page) */
  deals?: { id: string; name: string }[];
  onSubmit: (v: ActivityFormValues) => Promise<Result>;
  onDone?: () => void;
}) {
  const t = useTranslations('powerMap');
  const ta = useTranslations('opportunity');
  const [error, setError] = useState<{ message: string | null; fields?: Record<string, string[]> }>({ message: null });
  const [pending, start] = useTransition();
  const ref = useRef<HTMLFormElement>(null);
  return (
    <form
      ref={ref}
      className="mb-3 grid gap-2"
      aria-label={t('activities.add')}
      onSubmit={(e) => {
        e.preventDefault();
        const f = new FormData(e.currentTarget);
        const s = (k: string) => String(f.get(k) ?? '');
        start(async () => {
          const r = await onSubmit({
            type: s('type') as ActivityFormValues['type'],
            subject: s('subject'),
            body: s('body'),
            occurredAt: new Date().toISOString(),
            nextStep: s('nextStep'),
            nextStepDueDate: s('nextStepDueDate'),
            opportunityId: s('opportunityId') || null,
          });
          if (r.ok) {
            ref.current?.reset();
            setError({ message: null });
            toast.success(t('activities.saved'));
            onDone?.();
          } else setError({ message: r.error, fields: r.fieldErrors });
        });
      }}
    >
      <FormError message={error.message} />
      <div className="grid grid-cols-[8rem_1fr] gap-2">
        <SelectField
          name="type"
          id={`${idPrefix}-type`}
          label={t('activities.type')}
          options={ACTIVITY_KINDS.map((k) => [k, ta(`activityType.${k}`)] as const)}
          defaultValue="MEETING"
          errors={error.fields}
        />
        <TextInput name="subject" id={`${idPrefix}-subject`} label={t('activities.subject')} required errors={error.fields} />
      </div>
      {deals ? (
        <SelectField
          name="opportunityId"
          id={`${idPrefix}-deal`}
          label={t('activities.deal')}
          options={deals.map((d) => [d.id, d.name] as const)}
          placeholder={t('activities.noDeal')}
          errors={error.fields}
        />
      ) : null}
      <TextareaField name="body" id={`${idPrefix}-body`} label={t('activities.body')} className="min-h-14" errors={error.fields} />
      <div className="grid grid-cols-[1fr_10rem] gap-2">
        <TextInput
          name="nextStep"
          id={`${idPrefix}-nextStep`}
          label={t('activities.nextStep')}
          description={deals ? t('activities.nextStepHint') : undefined}
          errors={error.fields}
        />
        <DateInput
          name="nextStepDueDate"
          id={`${idPrefix}-nextStepDueDate`}
          label={t('activities.nextStepDueDate')}
          errors={error.fields}
        />
      </div>
      <Button type="submit" size="sm" disabled={pending}>
        {t('activities.add')}
      </Button>
    </form>
  );
}
