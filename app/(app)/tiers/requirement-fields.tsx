'use client';
import Link from 'next/link';
import { useTranslations } from 'next-intl';
import type { MoveFill } from '@/lib/validation/opportunities';
import { Select } from '@/components/ui/input';
import { DateInput, Field, TextareaField, TextInput } from '@/components/forms/field';

// The requirement form's parts, shared by the board's move (move-dialogs.tsx) and the tier review's
// decision (reviews/review-requirement-dialog.tsx): the list of what is missing, one input per
// missing requirement, where to get a VRB pass, and reading the form back into the command's `fill`.

// what the form asks for is required; the dialog says so once, so no asterisk per field
const REQUIRED = { required: true, markRequired: false } as const;

export type Unmet = { tier: number; id: string; input: string };
export type ReasonOption = { id: string; kind: string; label: string };

/** What the form can send: the `fill` for the missing inputs and the move reason (if asked). */
export function readFill(form: HTMLFormElement, unmet: Unmet[]): { fill: MoveFill; reason?: string } {
  const ids = new Set(unmet.map((u) => u.id));
  const f = new FormData(form);
  const s = (k: string) => {
    const v = f.get(k);
    return typeof v === 'string' && v.trim() ? v.trim() : undefined;
  };
  const fill: MoveFill = {};
  if (ids.has('namedContact') && s('contactName')) fill.contact = { name: s('contactName')!, title: s('contactTitle') ?? null };
  if (ids.has('need')) fill.need = s('need') ?? null;
  if (ids.has('amount')) fill.amount = s('amount') ?? null;
  if (ids.has('expectedCloseDate')) fill.expectedCloseDate = s('expectedCloseDate') ?? null;
  if (ids.has('decisionMaker') && s('dmName')) fill.decisionMaker = { name: s('dmName')!, title: s('dmTitle') ?? null };
  if (ids.has('proposalDueDate')) fill.proposalDueDate = s('proposalDueDate') ?? null;
  if (ids.has('contractAmount')) fill.contractAmount = s('contractAmount') ?? null;
  if (ids.has('lossType')) fill.lossType = (s('lossType') as MoveFill['lossType']) ?? null;
  const reasonIds = f.getAll('reasonIds').map(String);
  if (reasonIds.length) fill.reasonIds = reasonIds;
  return { fill, reason: s('reason') };
}

/** A requirement this form cannot satisfy (a VRB pass): the move cannot complete from the form. */
export const blockedByExternal = (unmet: Unmet[]) => unmet.some((u) => u.input === 'external');

/** The missing list and an input per missing requirement (goes inside a <form>). */
export function RequirementFields({
  unmet,
  opportunityId,
  reasons,
  defaultReason,
}: {
  unmet: Unmet[];
  opportunityId: string;
  /** the closing reasons of the target outcome (checkboxes when a reason is missing) */
  reasons: ReasonOption[];
  defaultReason?: string | null;
}) {
  const t = useTranslations('tiers');
  const ids = new Set(unmet.map((u) => u.id));
  const onlyExternal = unmet.every((u) => u.input === 'external');
  // an amount in won (digits and commas)
  const won = (name: 'amount' | 'contractAmount') => ({
    name,
    label: t(`move.${name}`),
    inputMode: 'numeric' as const,
    pattern: '[0-9,]+',
    ...REQUIRED,
  });
  return (
    <>
      <p className="text-sm font-medium text-slate-800">{t('move.missingTitle')}</p>
      <ul className="-mt-1 list-inside list-disc text-sm text-slate-600" data-testid="missing-list">
        {unmet.map((u) => (
          <li key={u.id}>{t(`requirements.${u.id}` as never)}</li>
        ))}
      </ul>
      {ids.has('namedContact') ? (
        <NameAndTitle id="rq-contact" name="contactName" title="contactTitle" label={t('move.contactName')} />
      ) : null}
      {ids.has('need') ? <TextareaField name="need" id="rq-need" label={t('move.need')} {...REQUIRED} /> : null}
      {ids.has('amount') ? <TextInput {...won('amount')} id="rq-amount" /> : null}
      {ids.has('expectedCloseDate') ? (
        <DateInput name="expectedCloseDate" id="rq-close" label={t('move.expectedCloseDate')} {...REQUIRED} />
      ) : null}
      {ids.has('decisionMaker') ? <NameAndTitle id="rq-dm" name="dmName" title="dmTitle" label={t('move.decisionMakerName')} /> : null}
      {ids.has('vrbBidApproval') ? (
        <div className="rounded-md border border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-900" data-testid="vrb-missing">
          <p>{t('move.vrbMissing')}</p>
          <p className="mt-1 flex flex-wrap gap-x-4">
            <Link href={`/opportunities/${opportunityId}#vrb-schedule`} className="font-medium underline">
              {t('move.vrbSchedule')}
            </Link>
            <Link href="/vrb" className="font-medium underline">
              {t('move.vrbQueue')}
            </Link>
          </p>
          {!onlyExternal ? <p className="mt-1">{t('move.externalBlocks')}</p> : null}
        </div>
      ) : null}
      {ids.has('proposalDueDate') ? (
        <DateInput name="proposalDueDate" id="rq-proposal" label={t('move.proposalDueDate')} {...REQUIRED} />
      ) : null}
      {ids.has('contractAmount') ? <TextInput {...won('contractAmount')} id="rq-contract" /> : null}
      {ids.has('lossType') ? (
        <Field label={t('move.lossType')} htmlFor="rq-loss">
          <Select id="rq-loss" name="lossType" required defaultValue="">
            <option value="" disabled>
              —
            </option>
            <option value="COMPETITOR">{t('lossType.COMPETITOR')}</option>
            <option value="NO_DECISION">{t('lossType.NO_DECISION')}</option>
          </Select>
        </Field>
      ) : null}
      {ids.has('reason') && reasons.length ? (
        <fieldset>
          <legend className="text-sm font-medium text-slate-700">{t('move.reasons')}</legend>
          <div className="mt-1 flex flex-wrap gap-x-4 gap-y-1">
            {reasons.map((r) => (
              <label key={r.id} className="inline-flex items-center gap-1.5 text-sm">
                <input type="checkbox" name="reasonIds" value={r.id} />
                {r.label}
              </label>
            ))}
          </div>
        </fieldset>
      ) : null}
      {ids.has('reason') || ids.has('moveReason') ? (
        <TextareaField
          name="reason"
          id="rq-reason"
          label={t('move.reason')}
          description={t('move.reasonHint')}
          required={ids.has('moveReason') || !reasons.length}
          markRequired={false}
          defaultValue={defaultReason ?? ''}
        />
      ) : null}
    </>
  );
}

/** A person the requirement asks for: their name (required) and job title, side by side. */
function NameAndTitle({ id, name, title, label }: { id: string; name: string; title: string; label: string }) {
  const t = useTranslations('tiers');
  return (
    <div className="grid grid-cols-2 gap-3">
      <TextInput name={name} id={id} label={label} {...REQUIRED} />
      <TextInput name={title} id={`${id}-title`} label={t('move.contactTitle')} />
    </div>
  );
}
