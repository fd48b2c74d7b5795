'use client';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useState, useTransition } from 'react';
import { Button } from '@/components/ui/button';
import { Input, Select } from '@/components/ui/input';
import { Field, FormError } from '@/components/forms/field';
import type { Unmet } from '../requirement-fields';
import { ReviewRequirementDialog, type ReviewRequirementState } from './review-requirement-dialog';
import { closeTierReviewAction, decideReviewItemAction, startTierReviewAction } from './actions';
import { Options } from '@/components/forms/options';
import { useFormSubmit } from '@/components/forms/use-form-submit';

/**
 * Start a review. A manager reviews their own team (no picker); an executive or admin picks the
 * scope: the whole firm or one manager's team (`teams`).
 */
export function StartReviewForm({ defaultTitle, teams }: { defaultTitle: string; teams?: { id: string; name: string }[] }) {
  const t = useTranslations('tiers.reviews');
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const { pending, onSubmit } = useFormSubmit(async (f) => {
    const team = String(f.get('teamId') ?? '');
    const r = await startTierReviewAction({
      period: String(f.get('period')) as 'WEEKLY',
      title: String(f.get('title') ?? ''),
      ...(teams ? { teamId: team || null } : {}),
    });
    if (r.ok) router.push(`/tiers/reviews/${r.data.id}`);
    else setError(r.error);
  });
  return (
    <form
      className="mb-4 flex flex-wrap items-end gap-3 rounded-lg border border-slate-200 bg-white px-4 py-3 shadow-sm"
      onSubmit={onSubmit}
    >
      <Field label={t('period')} htmlFor="rv-period">
        <Select id="rv-period" name="period" defaultValue="WEEKLY" className="w-32">
          <option value="WEEKLY">{t('WEEKLY')}</option>
          <option value="MONTHLY">{t('MONTHLY')}</option>
        </Select>
      </Field>
      {teams ? (
        <Field label={t('team')} htmlFor="rv-team">
          <Select id="rv-team" name="teamId" defaultValue="" className="w-48">
            <Options empty={t('firm')} options={teams.map((m) => ({ id: m.id, name: t('teamOf', { name: m.name }) }))} />
          </Select>
        </Field>
      ) : null}
      <Field label={t('reviewTitle')} htmlFor="rv-title">
        <Input id="rv-title" name="title" defaultValue={defaultTitle} required className="w-72" />
      </Field>
      <Button type="submit" disabled={pending}>
        {t('start')}
      </Button>
      <FormError message={error} />
    </form>
  );
}

type Item = {
  opportunityId: string;
  opportunityName: string;
  decidedByName: string | null;
  closedSince: boolean;
  decision: string | null;
  reason: string | null;
  nextStep: string | null;
  nextStepDueDate: string | null;
};

type DecisionInput = Parameters<typeof decideReviewItemAction>[0];

export function DecisionForm({ reviewId, item, disabled }: { reviewId: string; item: Item; disabled: boolean }) {
  const router = useRouter();
  const t = useTranslations('tiers.reviews');
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const [pending, start] = useTransition();
  // the decision the tier engine refused for missing requirements: the form for them, then decide again with `fill`
  const [required, setRequired] = useState<{ input: DecisionInput; state: ReviewRequirementState } | null>(null);
  const decide = (input: DecisionInput) =>
    start(async () => {
      const r = await decideReviewItemAction(input);
      setSaved(r.ok);
      if (r.ok) {
        setRequired(null);
        setError(null);
        router.refresh();
        return;
      }
      const unmet = (r.details as { unmet?: Unmet[] } | undefined)?.unmet;
      if (r.code === 'UNPROCESSABLE' && unmet?.length) {
        setRequired({
          input,
          state: { decision: input.decision, unmet, reason: input.reason ?? null, error: input.fill ? r.error : undefined },
        });
        setError(null);
        return;
      }
      if (required) setRequired({ ...required, state: { ...required.state, error: r.error } });
      setError([r.error, ...Object.values(r.fieldErrors ?? {}).flat()].join(' '));
    });
  return (
    <>
      <form
        className="grid grid-cols-[8rem_1fr_1fr_9rem_auto] items-start gap-2"
        onSubmit={(e) => {
          e.preventDefault();
          const f = new FormData(e.currentTarget);
          decide({
            reviewId,
            opportunityId: item.opportunityId,
            decision: String(f.get('decision')) as 'HOLD',
            reason: String(f.get('reason') ?? ''),
            nextStep: String(f.get('nextStep') ?? ''),
            nextStepDueDate: String(f.get('due') ?? ''),
          });
        }}
      >
        <Select
          aria-label={`${t('decision')}: ${item.opportunityName}`}
          name="decision"
          defaultValue={item.decision ?? 'HOLD'}
          disabled={disabled}
        >
          {(['ADVANCE', 'HOLD', 'DOWNGRADE', 'DROP'] as const).map((d) => (
            <option key={d} value={d}>
              {t(d)}
            </option>
          ))}
        </Select>
        <Input
          aria-label={`${t('reason')}: ${item.opportunityName}`}
          name="reason"
          placeholder={t('reason')}
          defaultValue={item.reason ?? ''}
          disabled={disabled}
        />
        <Input
          aria-label={t('nextStep')}
          name="nextStep"
          placeholder={t('nextStep')}
          defaultValue={item.nextStep ?? ''}
          disabled={disabled}
        />
        <Input aria-label={t('due')} name="due" type="date" defaultValue={item.nextStepDueDate ?? ''} disabled={disabled} />
        <Button
          type="submit"
          size="sm"
          variant="secondary"
          disabled={disabled || pending}
          aria-label={`${t('decide')}: ${item.opportunityName}`}
        >
          {saved || item.decision ? t('saved') : t('decide')}
        </Button>
        {item.closedSince ? <p className="col-span-5 text-xs text-slate-600">{t('closedSince')}</p> : null}
        {item.decidedByName ? <p className="col-span-5 text-xs text-slate-600">{t('decidedBy', { name: item.decidedByName })}</p> : null}
        {error ? <p className="col-span-5 text-xs text-rose-600">{error}</p> : null}
      </form>
      {/* outside the row's form: a submit inside the dialog must not bubble (through the portal) to it */}
      <ReviewRequirementDialog
        state={required?.state ?? null}
        opportunityId={item.opportunityId}
        opportunityName={item.opportunityName}
        pending={pending}
        onClose={() => setRequired(null)}
        onSubmit={(fill, reason) => required && decide({ ...required.input, fill, reason: reason ?? required.input.reason })}
      />
    </>
  );
}

export function CloseReviewButton({ reviewId }: { reviewId: string }) {
  const t = useTranslations('tiers.reviews');
  const [pending, start] = useTransition();
  return (
    <Button variant="secondary" disabled={pending} onClick={() => start(async () => void (await closeTierReviewAction({ reviewId })))}>
      {t('close')}
    </Button>
  );
}
