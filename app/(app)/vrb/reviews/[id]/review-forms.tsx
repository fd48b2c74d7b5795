'use client';
import { useId, useState } from 'react';
import { useTranslations } from 'next-intl';
import { Button } from '@/components/ui/button';
import { Input, Select, Textarea } from '@/components/ui/input';
import { Field, FormError } from '@/components/forms/field';
import { invalid, Saved, useVrbForm, type FormAction } from './form-kit';
import type { VrbDomain } from '@/lib/domain/vrb';
import { answerFindingAction, raiseFindingAction, recordOpinionAction, verifyFindingAction } from './actions';

// The review page's write forms (SPEC §4). Each posts to a server action that runs the same command
// as its /api/v1 route. Forms submit through startTransition so a refused submit keeps what the user
// typed; a successful one clears the form and the page re-renders from the server.

export function OpinionForm({ reviewId, domains }: { reviewId: string; domains: VrbDomain[] }) {
  const t = useTranslations('vrb');
  const [formRef, f] = useVrbForm(recordOpinionAction as FormAction);
  const id = useId();
  const [picked, setDomain] = useState<VrbDomain>(domains[0]!);
  // after a save the page re-renders with fewer open domains: fall back to the first one left
  const domain = domains.includes(picked) ? picked : domains[0]!;
  return (
    <form
      ref={formRef}
      onSubmit={f.onSubmit}
      noValidate
      aria-labelledby={`${id}-title`}
      className="flex flex-col gap-3 rounded-md border border-indigo-100 bg-indigo-50/40 p-3"
      data-testid="opinion-form"
    >
      <h3 id={`${id}-title`} className="text-sm font-semibold text-slate-900">
        {t('write.opinion.title')}
      </h3>
      <FormError message={f.formError} />
      <input type="hidden" name="reviewId" value={reviewId} />
      {domains.length > 1 ? (
        <Field label={t('write.opinion.domain')} htmlFor={`${id}-domain`} errors={f.fe('domain')}>
          <Select
            id={`${id}-domain`}
            name="domain"
            value={domain}
            onChange={(e) => setDomain(e.target.value as VrbDomain)}
            {...invalid(f.fe('domain'), `${id}-domain`)}
          >
            {domains.map((d) => (
              <option key={d} value={d}>
                {t(`domain.${d}`)}
              </option>
            ))}
          </Select>
        </Field>
      ) : (
        <input type="hidden" name="domain" value={domain} />
      )}
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
      <Field label={t('write.opinion.text')} htmlFor={`${id}-opinion`} errors={f.fe('opinion')}>
        <Textarea id={`${id}-opinion`} name="opinion" maxLength={4000} {...invalid(f.fe('opinion'), `${id}-opinion`)} />
      </Field>
      <div className="flex items-center gap-3">
        <Button type="submit" size="sm" disabled={f.pending}>
          {f.pending ? t('write.saving') : t('write.opinion.submit', { domain: t(`domain.${domain}`) })}
        </Button>
        <Saved show={f.saved} text={t('write.opinion.saved')} />
      </div>
    </form>
  );
}

export function FindingForm({ reviewId, domains, minDueDate }: { reviewId: string; domains: VrbDomain[]; minDueDate: string }) {
  const t = useTranslations('vrb');
  const [formRef, f] = useVrbForm(raiseFindingAction as FormAction);
  const id = useId();
  return (
    <form
      ref={formRef}
      onSubmit={f.onSubmit}
      noValidate
      aria-labelledby={`${id}-title`}
      className="mt-3 flex flex-col gap-3 rounded-md border border-slate-200 bg-slate-50 p-3"
      data-testid="finding-form"
    >
      <h3 id={`${id}-title`} className="text-sm font-semibold text-slate-900">
        {t('write.finding.title')}
      </h3>
      <FormError message={f.formError} />
      <input type="hidden" name="reviewId" value={reviewId} />
      <div className="grid gap-3 sm:grid-cols-2">
        {domains.length > 1 ? (
          <Field label={t('write.finding.domain')} htmlFor={`${id}-domain`} errors={f.fe('domain')}>
            <Select id={`${id}-domain`} name="domain" defaultValue={domains[0]} {...invalid(f.fe('domain'), `${id}-domain`)}>
              {domains.map((d) => (
                <option key={d} value={d}>
                  {t(`domain.${d}`)}
                </option>
              ))}
            </Select>
          </Field>
        ) : (
          <input type="hidden" name="domain" value={domains[0]} />
        )}
        <Field label={t('write.finding.severity')} htmlFor={`${id}-severity`} errors={f.fe('severity')}>
          <Select id={`${id}-severity`} name="severity" defaultValue="MEDIUM">
            {(['LOW', 'MEDIUM', 'HIGH', 'CRITICAL'] as const).map((s) => (
              <option key={s} value={s}>
                {t(`severity.${s}`)}
              </option>
            ))}
          </Select>
        </Field>
      </div>
      <Field label={t('write.finding.issue')} htmlFor={`${id}-issue`} errors={f.fe('issue')}>
        <Textarea id={`${id}-issue`} name="issue" maxLength={2000} {...invalid(f.fe('issue'), `${id}-issue`)} />
      </Field>
      <Field label={t('write.finding.requiredFix')} htmlFor={`${id}-fix`} errors={f.fe('requiredFix')}>
        <Textarea id={`${id}-fix`} name="requiredFix" maxLength={2000} {...invalid(f.fe('requiredFix'), `${id}-fix`)} />
      </Field>
      <Field label={t('write.finding.dueDate')} htmlFor={`${id}-due`} errors={f.fe('dueDate')} hint={t('write.finding.dueDateHint')}>
        <Input id={`${id}-due`} name="dueDate" type="date" min={minDueDate} className="w-48" {...invalid(f.fe('dueDate'), `${id}-due`)} />
      </Field>
      <div className="flex items-center gap-3">
        <Button type="submit" size="sm" disabled={f.pending}>
          {f.pending ? t('write.saving') : t('write.finding.submit')}
        </Button>
        <Saved show={f.saved} text={t('write.finding.saved')} />
      </div>
    </form>
  );
}

export function AnswerForm({ findingId, version }: { findingId: string; version: number }) {
  const t = useTranslations('vrb');
  const [formRef, f] = useVrbForm(answerFindingAction as FormAction);
  const id = `answer-${findingId}`;
  return (
    <form ref={formRef} onSubmit={f.onSubmit} noValidate className="mt-2 flex flex-col gap-2" data-testid="answer-form">
      <FormError message={f.formError} />
      <input type="hidden" name="findingId" value={findingId} />
      <input type="hidden" name="version" value={version} />
      <Field label={t('write.answer.label')} htmlFor={id} errors={f.fe('answer')}>
        <Textarea id={id} name="answer" maxLength={4000} {...invalid(f.fe('answer'), id)} />
      </Field>
      <div>
        <Button type="submit" size="sm" disabled={f.pending}>
          {f.pending ? t('write.saving') : t('write.answer.submit')}
        </Button>
      </div>
    </form>
  );
}

export function VerifyForm({ findingId, version }: { findingId: string; version: number }) {
  const t = useTranslations('vrb');
  const [formRef, f] = useVrbForm(verifyFindingAction as FormAction);
  const id = `verify-${findingId}`;
  return (
    <form
      ref={formRef}
      onSubmit={f.onSubmit}
      noValidate
      aria-label={t('write.verify.title')}
      className="mt-2 flex flex-col gap-2"
      data-testid="verify-form"
    >
      <FormError message={f.formError} />
      <input type="hidden" name="findingId" value={findingId} />
      <input type="hidden" name="version" value={version} />
      <Field label={t('write.verify.note')} htmlFor={id} errors={f.fe('note')}>
        <Textarea id={id} name="note" maxLength={2000} className="min-h-14" {...invalid(f.fe('note'), id)} />
      </Field>
      <div className="flex flex-wrap gap-2">
        <Button type="submit" size="sm" name="resolved" value="true" disabled={f.pending}>
          {t('write.verify.resolve')}
        </Button>
        <Button type="submit" size="sm" variant="secondary" name="resolved" value="false" disabled={f.pending}>
          {t('write.verify.sendBack')}
        </Button>
      </div>
    </form>
  );
}
