'use client';
import { useId, useState } from 'react';
import { useTranslations } from 'next-intl';
import { AlertTriangle, CheckCircle2 } from 'lucide-react';
import { formatPercent } from '@/lib/domain/format';
import type { Blocker } from '@/lib/domain/vrb';
import { decideReviewAction } from './actions';
import { markHydrated, useVrbForm, VrbFormFrame, VrbSubmit, VrbTextarea, type FormAction } from './form-kit';

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
  // the reason always; the missing-opinion reason and the override reason only where they are needed
  const reasons = [
    { name: 'reason', label: 'reason', shown: true, required: undefined },
    { name: 'missingOpinionReason', label: 'missingOpinionReason', shown: missing.length > 0, required: true },
    { name: 'overrideReason', label: 'override', shown: needsOverride, required: true },
  ];
  return (
    <VrbFormFrame
      formRef={formRef}
      form={f}
      title={t('write.decide.title')}
      intro={<DecisionBlockers blockers={blockers} />}
      hidden={{ reviewId }}
      className="flex flex-col gap-3"
      testId="decision-form"
    >
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
      {reasons
        .filter((r) => r.shown)
        .map((r) => (
          <VrbTextarea
            key={r.name}
            form={f}
            name={r.name}
            label={t(`write.decide.${r.label}`)}
            description={t(`write.decide.${r.label}Hint`)}
            maxLength={2000}
            className="min-h-14"
            aria-required={r.required}
          />
        ))}
      <VrbSubmit
        form={f}
        label={t('write.decide.submit')}
        saved={t('write.decide.saved')}
        variant={decision === 'DROP' ? 'danger' : 'primary'}
      />
    </VrbFormFrame>
  );
}

/** What stands between the review and a clean PASS, listed before anything is picked. */
function DecisionBlockers({ blockers }: { blockers: Blocker[] }) {
  const t = useTranslations('vrb');
  const id = useId();
  const blockerText = (b: Blocker) =>
    b.kind === 'MISSING_OPINION'
      ? t('write.decide.blocker.missingOpinion', { domain: t(`domain.${b.domain}`) })
      : b.kind === 'OPEN_FINDINGS'
        ? t('write.decide.blocker.openFindings', { count: b.count, overdue: b.overdue })
        : t('write.decide.lowPrice', { margin: formatPercent(b.marginPct).replace('%', ''), floor: b.floorPct });
  return (
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
  );
}
