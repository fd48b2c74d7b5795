'use client';
import { startTransition, useActionState, useId, type FormEvent } from 'react';
import Link from 'next/link';
import { useTranslations } from 'next-intl';
import { Button } from '@/components/ui/button';
import { Input, Select } from '@/components/ui/input';
import { Field, FormError } from '@/components/forms/field';
import { scheduleVrbReviewAction } from './actions';

// Schedule a VRB review of a stage (SPEC §4) from the opportunity page: the same command as
// POST /api/v1/opportunities/{id}/vrb-reviews. The local date-time is sent as an ISO instant.
export function VrbScheduleForm({
  opportunityId,
  stages,
  economicsHref,
}: {
  opportunityId: string;
  stages: { order: number; name: string }[];
  economicsHref: string;
}) {
  const t = useTranslations('vrb');
  const [state, formAction, pending] = useActionState(scheduleVrbReviewAction, null);
  const id = useId();
  const onSubmit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const fd = new FormData(e.currentTarget);
    const local = String(fd.get('scheduledAtLocal') ?? '');
    const at = local ? new Date(local) : null;
    fd.set('scheduledAt', at && !Number.isNaN(at.getTime()) ? at.toISOString() : '');
    fd.delete('scheduledAtLocal');
    startTransition(() => formAction(fd));
  };
  const failed = state && !state.ok ? state : null;
  // a schema error on the date reads "required"; a rule refusal on the stage shows the action's message (page language)
  const fe = (name: string) =>
    failed?.fieldErrors?.[name]
      ? failed.code === 'VALIDATION' && name === 'scheduledAt'
        ? [t('write.required')]
        : [failed.error]
      : undefined;
  return (
    <form
      id="vrb-schedule"
      onSubmit={onSubmit}
      noValidate
      aria-labelledby={`${id}-title`}
      className="flex scroll-mt-20 flex-col gap-3"
      data-testid="vrb-schedule-form"
    >
      <h3 id={`${id}-title`} className="text-sm font-semibold text-slate-900">
        {t('write.schedule.title')}
      </h3>
      <p className="text-sm text-slate-600">
        {t('write.schedule.economicsHint')}{' '}
        <Link href={economicsHref} className="font-medium text-indigo-700 underline" data-testid="schedule-economics-link">
          {t('economics.open')}
        </Link>
      </p>
      <FormError message={failed && !(failed.fieldErrors?.stage && failed.code !== 'VALIDATION') ? failed.error : null} />
      <input type="hidden" name="opportunityId" value={opportunityId} />
      <Field label={t('write.schedule.stage')} htmlFor={`${id}-stage`} errors={fe('stage')}>
        <Select
          id={`${id}-stage`}
          name="stage"
          defaultValue={stages[0]?.order}
          aria-invalid={!!fe('stage')}
          aria-describedby={fe('stage') ? `${id}-stage-error` : undefined}
        >
          {stages.map((s) => (
            <option key={s.order} value={s.order}>
              {t('stageOrder', { order: s.order })} · {s.name}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={t('write.schedule.scheduledAt')} htmlFor={`${id}-at`} errors={fe('scheduledAt')}>
        <Input
          id={`${id}-at`}
          name="scheduledAtLocal"
          type="datetime-local"
          aria-invalid={!!fe('scheduledAt')}
          aria-describedby={fe('scheduledAt') ? `${id}-at-error` : undefined}
        />
      </Field>
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" size="sm" disabled={pending}>
          {pending ? t('write.saving') : t('write.schedule.submit')}
        </Button>
        {state?.ok ? (
          <p role="status" className="text-sm text-emerald-700">
            {t('write.schedule.saved')}{' '}
            <Link href={`/vrb/reviews/${state.data.id}`} className="font-medium text-indigo-700 underline">
              {t('write.schedule.open')}
            </Link>
          </p>
        ) : null}
      </div>
    </form>
  );
}
