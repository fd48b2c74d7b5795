'use client';
import { useId, useState, type ComponentProps } from 'react';
import { useTranslations } from 'next-intl';
import { Button } from '@/components/ui/button';
import { DateInput, SelectField } from '@/components/forms/field';
import { useVrbForm, VrbFormFrame, VrbSubmit, VrbTextarea, type FormAction, type VrbForm } from './form-kit';
import type { VrbDomain } from '@/lib/domain/vrb';
import { answerFindingAction, raiseFindingAction, recordOpinionAction, verifyFindingAction } from './actions';

// The review page's write forms (SPEC §4). Each posts to a server action that runs the same command
// as its /api/v1 route. Forms submit through startTransition so a refused submit keeps what the user
// typed; a successful one clears the form and the page re-renders from the server.

/** The domain a form writes for: a choice where the user sits on several, else a hidden field. */
function DomainField({
  form,
  domains,
  ...select
}: { form: VrbForm; domains: VrbDomain[] } & Pick<ComponentProps<typeof SelectField>, 'label' | 'value' | 'defaultValue' | 'onChange'>) {
  const t = useTranslations('vrb');
  const id = useId();
  if (domains.length <= 1) return <input type="hidden" name="domain" value={String(select.value ?? select.defaultValue)} />;
  return (
    <SelectField
      id={`${id}-domain`}
      name="domain"
      errors={{ domain: form.fe('domain') }}
      options={domains.map((d) => [d, t(`domain.${d}`)] as const)}
      {...select}
    />
  );
}

export function OpinionForm({ reviewId, domains }: { reviewId: string; domains: VrbDomain[] }) {
  const t = useTranslations('vrb');
  const [formRef, f] = useVrbForm(recordOpinionAction as FormAction);
  const [picked, setDomain] = useState<VrbDomain>(domains[0]!);
  // after a save the page re-renders with fewer open domains: fall back to the first one left
  const domain = domains.includes(picked) ? picked : domains[0]!;
  return (
    <VrbFormFrame
      formRef={formRef}
      form={f}
      title={t('write.opinion.title')}
      hidden={{ reviewId }}
      className="flex flex-col gap-3 rounded-md border border-indigo-100 bg-indigo-50/40 p-3"
      testId="opinion-form"
    >
      <DomainField
        form={f}
        label={t('write.opinion.domain')}
        domains={domains}
        value={domain}
        onChange={(e) => setDomain(e.target.value as VrbDomain)}
      />
      <fieldset className="flex flex-col gap-1">
        <legend className="text-sm font-medium text-slate-700">{t('write.opinion.recommendation')}</legend>
        <div className="flex flex-wrap gap-3">
          {(['SUPPORT', 'CONCERN', 'OPPOSE'] as const).map((s, i) => (
            <label key={s} className="flex items-center gap-1.5 text-sm text-slate-800">
              <input type="radio" name="recommendation" value={s} defaultChecked={i === 0} className="size-4 accent-indigo-600" />
              {t(`stance.${s}`)}
            </label>
          ))}
        </div>
      </fieldset>
      <VrbTextarea form={f} name="opinion" label={t('write.opinion.text')} maxLength={4000} />
      <VrbSubmit form={f} label={t('write.opinion.submit', { domain: t(`domain.${domain}`) })} saved={t('write.opinion.saved')} />
    </VrbFormFrame>
  );
}

export function FindingForm({ reviewId, domains, minDueDate }: { reviewId: string; domains: VrbDomain[]; minDueDate: string }) {
  const t = useTranslations('vrb');
  const [formRef, f] = useVrbForm(raiseFindingAction as FormAction);
  const id = useId();
  return (
    <VrbFormFrame
      formRef={formRef}
      form={f}
      title={t('write.finding.title')}
      hidden={{ reviewId }}
      className="mt-3 flex flex-col gap-3 rounded-md border border-slate-200 bg-slate-50 p-3"
      testId="finding-form"
    >
      <div className="grid gap-3 sm:grid-cols-2">
        <DomainField form={f} label={t('write.finding.domain')} domains={domains} defaultValue={domains[0]} />
        <SelectField
          id={`${id}-severity`}
          name="severity"
          label={t('write.finding.severity')}
          defaultValue="MEDIUM"
          errors={{ severity: f.fe('severity') }}
          options={(['LOW', 'MEDIUM', 'HIGH', 'CRITICAL'] as const).map((s) => [s, t(`severity.${s}`)] as const)}
        />
      </div>
      <VrbTextarea form={f} name="issue" label={t('write.finding.issue')} maxLength={2000} />
      <VrbTextarea form={f} name="requiredFix" label={t('write.finding.requiredFix')} maxLength={2000} />
      <DateInput
        id={`${id}-due`}
        name="dueDate"
        label={t('write.finding.dueDate')}
        description={t('write.finding.dueDateHint')}
        errors={{ dueDate: f.fe('dueDate') }}
        min={minDueDate}
        className="w-48"
      />
      <VrbSubmit form={f} label={t('write.finding.submit')} saved={t('write.finding.saved')} />
    </VrbFormFrame>
  );
}

export function AnswerForm({ findingId, version }: { findingId: string; version: number }) {
  const t = useTranslations('vrb');
  const [formRef, f] = useVrbForm(answerFindingAction as FormAction);
  return (
    <VrbFormFrame formRef={formRef} form={f} hidden={{ findingId, version }} className="mt-2 flex flex-col gap-2" testId="answer-form">
      <VrbTextarea form={f} id={`answer-${findingId}`} name="answer" label={t('write.answer.label')} maxLength={4000} />
      <VrbSubmit form={f} label={t('write.answer.submit')} />
    </VrbFormFrame>
  );
}

export function VerifyForm({ findingId, version }: { findingId: string; version: number }) {
  const t = useTranslations('vrb');
  const [formRef, f] = useVrbForm(verifyFindingAction as FormAction);
  return (
    <VrbFormFrame
      formRef={formRef}
      form={f}
      label={t('write.verify.title')}
      hidden={{ findingId, version }}
      className="mt-2 flex flex-col gap-2"
      testId="verify-form"
    >
      <VrbTextarea form={f} id={`verify-${findingId}`} name="note" label={t('write.verify.note')} maxLength={2000} className="min-h-14" />
      <div className="flex flex-wrap gap-2">
        <Button type="submit" size="sm" name="resolved" value="true" disabled={f.pending}>
          {t('write.verify.resolve')}
        </Button>
        <Button type="submit" size="sm" variant="secondary" name="resolved" value="false" disabled={f.pending}>
          {t('write.verify.sendBack')}
        </Button>
      </div>
    </VrbFormFrame>
  );
}
