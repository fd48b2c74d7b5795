'use client';
import { useId, useState } from 'react';
import { useTranslations } from 'next-intl';
import { AlertTriangle, CheckCircle2 } from 'lucide-react';
import { Button } from '@/components/ui/button';
import { Textarea } from '@/components/ui/input';
import { Field, FormError } from '@/components/forms/field';
import { formatPercent } from '@/lib/domain/format';
import type { Blocker } from '@/lib/domain/vrb';
import { decideReviewAction } from './actions';
import { invalid, markHydrated, Saved, useVrbForm, type FormAction } from './form-kit';

// The chair's decision (SPEC §4). Before anything is picked the form lists what stands between the
// review and a clean PASS (lib/domain/vrb decisionBlockers: missing opinions, open findings, margin
// under the floor); no decision is preselected. Deciding with a required opinion missing needs the
// reason (kept with the decision); PASS/CONDITIONAL under the floor needs the override reason.

type Kind = 'PASS' | 'CONDITIONAL' | 'HOLD' | 'DROP';

export function DecisionForm({ reviewId, blockers }: { reviewId: string; blockers: Blocker[] }) {
  const t = useTranslations('vrb');
  const [formRef, f] = useVrbForm(decideReviewAction as FormAction);
  const id = useId();
  const [decision, setDecision] = useState<Kind | null>(null);
  const low = blockers.find((b) => b.kind === 'MARGIN_BELOW_FLOOR');
  const missing = blockers.filter((b) => b.kind === 'MISSING_OPINION');
  const needsOverride = !!low && (decision === 'PASS' || decision === 'CONDITIONAL');
  const blockerText = (b: Blocker) =>
    b.kind === 'MISSING_OPINION'
      ? t('write.decide.blocker.missingOpinion', { domain: t(`domain.${b.domain}`) })
      : b.kind === 'OPEN_FINDINGS'
        ? t('write.decide.blocker.openFindings', { count: b.count, overdue: b.overdue })
        : t('write.decide.lowPrice', { margin: formatPercent(b.marginPct).replace('%', ''), floor: b.floorPct });
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
      <section aria-labelledby={`${id}-blockers`} data-testid="decision-blockers">
        <h4 id={`${id}-blockers`} className="text-xs font-medium text-slate-600">
          {t('write.decide.blockers')}
        </h4>
        {blockers.length === 0 ? (
          <p className="mt-1 flex items-center gap-1.5 text-sm text-emerald-700">
            <CheckCircle2 aria-hidden className="size-4" />
            {t('write.decide.noBlockers')}
          </p>
        ) : (
          <ul className="mt-1 flex flex-col gap-1">
            {blockers.map((b, i) => (
              <li
                key={i}
                data-kind={b.kind}
                className="flex gap-1.5 rounded-md border border-rose-200 bg-rose-50 px-2 py-1 text-sm text-rose-800"
                data-testid={b.kind === 'MARGIN_BELOW_FLOOR' ? 'decision-low-price' : undefined}
              >
                <AlertTriangle aria-hidden className="mt-0.5 size-4 shrink-0" />
                {blockerText(b)}
              </li>
            ))}
          </ul>
        )}
      </section>
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
      {missing.length > 0 ? (
        <Field
          label={t('write.decide.missingOpinionReason')}
          htmlFor={`${id}-missing`}
          errors={f.fe('missingOpinionReason')}
          hint={t('write.decide.missingOpinionReasonHint')}
        >
          <Textarea
            id={`${id}-missing`}
            name="missingOpinionReason"
            maxLength={2000}
            className="min-h-14"
            aria-required
            {...invalid(f.fe('missingOpinionReason'), `${id}-missing`)}
          />
        </Field>
      ) : null}
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
