'use client';
import { startTransition, useActionState, useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslations } from 'next-intl';
import { AlertTriangle } from 'lucide-react';
import { Button } from '@/components/ui/button';
import { Select, Textarea } from '@/components/ui/input';
import { Field, FormError } from '@/components/forms/field';
import type { ActionResult } from '@/lib/server/action';
import type { VrbDomain } from '@/lib/domain/vrb';
import { answerFindingAction, decideReviewAction, raiseFindingAction, recordOpinionAction, verifyFindingAction } from './actions';

// The review page's write forms (SPEC §4). Each posts to a server action that runs the same command
// as its /api/v1 route. Forms submit through startTransition so a refused submit keeps what the user
// typed; a successful one clears the form and the page re-renders from the server.

type FormAction = (prev: ActionResult<unknown> | null, fd: FormData) => Promise<ActionResult<unknown>>;
const TEXT_FIELDS = new Set(['opinion', 'issue', 'requiredFix', 'answer', 'note', 'reason', 'overrideReason']);

function useVrbForm(action: FormAction) {
  const t = useTranslations('vrb');
  const [state, formAction, pending] = useActionState(action, null);
  const ref = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (state?.ok) ref.current?.reset();
  }, [state]);
  const onSubmit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const fd = new FormData(e.currentTarget, (e.nativeEvent as SubmitEvent).submitter);
    startTransition(() => formAction(fd));
  };
  const failed = state && !state.ok ? state : null;
  const hasFields = !!failed?.fieldErrors && Object.keys(failed.fieldErrors).length > 0;
  /**
   * A field's error. A schema error on a text field reads "required"; a rule refusal tied to a field
   * shows the action's message, which is in the page's language (the field copy is in the user's).
   */
  const fe = (name: string): string[] | undefined => {
    if (!failed?.fieldErrors?.[name]) return undefined;
    return failed.code === 'VALIDATION' && TEXT_FIELDS.has(name) ? [t('write.required')] : [failed.error];
  };
  // a rule refusal shown on its field is not repeated above the form
  const formError = failed && !(hasFields && failed.code !== 'VALIDATION') ? failed.error : null;
  return [ref, { pending, onSubmit, fe, formError, saved: !!state?.ok }] as const;
}

/** aria-invalid + the Field's error paragraph as the control's description */
/** Callback ref: marks an element once React has hydrated it (e2e waits on it before keyboard submits). */
const markHydrated = (el: HTMLElement | null) => el?.setAttribute('data-hydrated', 'true');

const invalid = (errs: string[] | undefined, controlId: string) =>
  errs?.length ? { 'aria-invalid': true as const, 'aria-describedby': `${controlId}-error` } : {};

function Saved({ show, text }: { show: boolean; text: string }) {
  return show ? (
    <p role="status" className="text-sm text-emerald-700">
      {text}
    </p>
  ) : null;
}

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

export function FindingForm({ reviewId, domains }: { reviewId: string; domains: VrbDomain[] }) {
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

export function DecisionForm({ reviewId, lowPrice }: { reviewId: string; lowPrice: { margin: string; floor: number } | null }) {
  const t = useTranslations('vrb');
  const [formRef, f] = useVrbForm(decideReviewAction as FormAction);
  const id = useId();
  const [decision, setDecision] = useState<'PASS' | 'CONDITIONAL' | 'HOLD' | 'DROP'>('PASS');
  const needsOverride = !!lowPrice && (decision === 'PASS' || decision === 'CONDITIONAL');
  return (
    <form
      ref={formRef}
      onSubmit={f.onSubmit}
      noValidate
      aria-labelledby={`${id}-title`}
      className="flex flex-col gap-3"
      data-testid="decision-form"
    >
      <h3 id={`${id}-title`} className="text-sm font-semibold text-slate-900">
        {t('write.decide.title')}
      </h3>
      {lowPrice ? (
        <p
          role="note"
          className="flex gap-1.5 rounded-md border border-rose-200 bg-rose-50 px-2 py-1.5 text-sm text-rose-800"
          data-testid="decision-low-price"
        >
          <AlertTriangle aria-hidden className="mt-0.5 size-4 shrink-0" />
          {t('write.decide.lowPrice', { margin: lowPrice.margin, floor: lowPrice.floor })}
        </p>
      ) : null}
      <FormError message={f.formError} />
      <input type="hidden" name="reviewId" value={reviewId} />
      <fieldset ref={markHydrated} className="flex flex-col gap-1" aria-describedby={f.fe('decision') ? `${id}-decision-error` : undefined}>
        <legend className="text-sm font-medium text-slate-700">{t('write.decide.decision')}</legend>
        <div className="grid grid-cols-2 gap-1.5">
          {(['PASS', 'CONDITIONAL', 'HOLD', 'DROP'] as const).map((d) => (
            <label
              key={d}
              className="flex items-center gap-1.5 rounded border border-slate-200 px-2 py-1 text-sm text-slate-800 has-[:checked]:border-indigo-500 has-[:checked]:bg-indigo-50"
            >
              <input
                type="radio"
                name="decision"
                value={d}
                checked={decision === d}
                onChange={() => setDecision(d)}
                className="size-4 accent-indigo-600"
              />
              {t(`decision.${d}`)}
            </label>
          ))}
        </div>
        {f.fe('decision') ? (
          <p id={`${id}-decision-error`} className="text-xs text-rose-600">
            {f.fe('decision')!.join(' ')}
          </p>
        ) : null}
      </fieldset>
      {decision === 'DROP' ? <p className="text-sm text-rose-700">{t('write.decide.dropWarning')}</p> : null}
      <Field label={t('write.decide.reason')} htmlFor={`${id}-reason`} errors={f.fe('reason')} hint={t('write.decide.reasonHint')}>
        <Textarea id={`${id}-reason`} name="reason" maxLength={2000} className="min-h-14" {...invalid(f.fe('reason'), `${id}-reason`)} />
      </Field>
      {needsOverride ? (
        <Field
          label={t('write.decide.override')}
          htmlFor={`${id}-override`}
          errors={f.fe('overrideReason')}
          hint={t('write.decide.overrideHint')}
        >
          <Textarea
            id={`${id}-override`}
            name="overrideReason"
            maxLength={2000}
            className="min-h-14"
            aria-required
            {...invalid(f.fe('overrideReason'), `${id}-override`)}
          />
        </Field>
      ) : null}
      <div className="flex items-center gap-3">
        <Button type="submit" size="sm" variant={decision === 'DROP' ? 'danger' : 'primary'} disabled={f.pending}>
          {f.pending ? t('write.saving') : t('write.decide.submit')}
        </Button>
        <Saved show={f.saved} text={t('write.decide.saved')} />
      </div>
    </form>
  );
}
