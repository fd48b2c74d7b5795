'use client';
import Link from 'next/link';
import { useLocale, useTranslations } from 'next-intl';
import { useState } from 'react';
import type { ClosedOutcome } from '@/lib/domain/tiers';
import { formatKrw } from '@/lib/domain/format/money';
import type { BoardCardData as BoardCard } from '@/lib/domain/tiers/board-codec';
import type { OpportunityDto } from '@/lib/server/commands/opportunities/serialize';
import type { MoveFill } from '@/lib/validation/opportunities';
import { Button } from '@/components/ui/button';
import { Input, Select, Textarea } from '@/components/ui/input';
import { Field, FormError } from '@/components/forms/field';
import { Modal } from '@/components/modal';
import { EMPTY, formatDateTime } from '@/lib/domain/format';

export type Unmet = { tier: number; id: string; input: string };
export type PendingMove = { card: BoardCard; to: number; outcome: ClosedOutcome | null; reason?: string | null; fill?: MoveFill };
export type ReasonOption = { id: string; kind: string; label: string };

const TARGETS: { to: number; outcome: ClosedOutcome | null }[] = [
  { to: 4, outcome: null },
  { to: 3, outcome: null },
  { to: 2, outcome: null },
  { to: 1, outcome: null },
  { to: 0, outcome: 'WON' },
  { to: 0, outcome: 'LOST' },
  { to: 0, outcome: 'NO_BID' },
  { to: 0, outcome: 'DROPPED' },
];

/** Keyboard move: choose the target with arrow keys in a radio group, Enter to move. */
export function MoveDialog({
  card,
  onClose,
  onMove,
}: {
  card: BoardCard | null;
  onClose: () => void;
  onMove: (to: number, outcome: ClosedOutcome | null) => void;
}) {
  const t = useTranslations('tiers');
  const [choice, setChoice] = useState<string>('');
  return (
    <Modal
      open={!!card}
      title={card ? t('move.title', { name: card.name }) : ''}
      onClose={onClose}
      closeLabel={t('toast.close')}
      testId="move-dialog"
    >
      {card ? (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            const target = TARGETS.find((x) => `${x.to}:${x.outcome ?? ''}` === choice);
            if (target) onMove(target.to, target.outcome);
            setChoice('');
          }}
        >
          <fieldset>
            <legend className="mb-2 text-sm font-medium text-slate-700">{t('move.pickTier')}</legend>
            <div className="grid grid-cols-2 gap-2">
              {TARGETS.map((x) => {
                const key = `${x.to}:${x.outcome ?? ''}`;
                const current = x.to === card.tier && (x.to !== 0 || x.outcome === card.outcome);
                return (
                  <label
                    key={key}
                    className="flex items-center gap-2 rounded-md border border-slate-200 px-3 py-2 text-sm has-[:checked]:border-indigo-500 has-[:checked]:bg-indigo-50 has-[:disabled]:opacity-50"
                  >
                    <input
                      type="radio"
                      name="target"
                      value={key}
                      disabled={current}
                      checked={choice === key}
                      onChange={() => setChoice(key)}
                      data-autofocus={x.to === Math.max(1, card.tier - 1) && !x.outcome && !current ? true : undefined}
                    />
                    {x.to === 0 ? `Tier 0 · ${t(`outcome.${x.outcome}`)}` : t('tier', { tier: x.to })}
                  </label>
                );
              })}
            </div>
          </fieldset>
          <div className="mt-4 flex justify-end gap-2">
            <Button variant="secondary" onClick={onClose}>
              {t('move.cancel')}
            </Button>
            <Button type="submit" disabled={!choice}>
              {t('move.submit')}
            </Button>
          </div>
        </form>
      ) : null}
    </Modal>
  );
}

/** The form for exactly what the move is missing; submitting completes the move. */
export function RequirementDialog({
  state,
  reasons,
  onClose,
  onSubmit,
}: {
  state: { move: PendingMove; unmet: Unmet[]; error?: string } | null;
  reasons: ReasonOption[];
  onClose: () => void;
  onSubmit: (move: PendingMove) => void;
}) {
  const t = useTranslations('tiers');
  const [pending, setPending] = useState(false);
  if (!state)
    return (
      <Modal open={false} title="" onClose={onClose} closeLabel="">
        {null}
      </Modal>
    );
  const { move, unmet } = state;
  const ids = new Set(unmet.map((u) => u.id));
  const kindReasons = reasons.filter((r) => r.kind === move.outcome);
  const onlyExternal = unmet.every((u) => u.input === 'external');
  // a requirement this form cannot satisfy (a VRB pass): the move cannot complete here, so no submit
  const blocked = unmet.some((u) => u.input === 'external');
  return (
    <Modal
      open
      title={t('move.title', { name: move.card.name })}
      description={t('move.dialogDescription', {
        from: move.card.tier,
        to: move.to === 0 ? `0 · ${t(`outcome.${move.outcome}`)}` : move.to,
      })}
      onClose={onClose}
      closeLabel={t('toast.close')}
      testId="requirement-dialog"
    >
      <form
        className="flex flex-col gap-3"
        onSubmit={(e) => {
          e.preventDefault();
          const f = new FormData(e.currentTarget);
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
          setPending(true);
          onSubmit({ ...move, reason: s('reason') ?? move.reason ?? null, fill });
          setTimeout(() => setPending(false), 300);
        }}
      >
        <p className="text-sm font-medium text-slate-800">{t('move.missingTitle')}</p>
        <ul className="-mt-1 list-inside list-disc text-sm text-slate-600" data-testid="missing-list">
          {unmet.map((u) => (
            <li key={u.id}>{t(`requirements.${u.id}` as never)}</li>
          ))}
        </ul>
        <FormError message={state.error} />
        {ids.has('namedContact') ? (
          <div className="grid grid-cols-2 gap-3">
            <Field label={t('move.contactName')} htmlFor="rq-contact">
              <Input id="rq-contact" name="contactName" required />
            </Field>
            <Field label={t('move.contactTitle')} htmlFor="rq-contact-title">
              <Input id="rq-contact-title" name="contactTitle" />
            </Field>
          </div>
        ) : null}
        {ids.has('need') ? (
          <Field label={t('move.need')} htmlFor="rq-need">
            <Textarea id="rq-need" name="need" required />
          </Field>
        ) : null}
        {ids.has('amount') ? (
          <Field label={t('move.amount')} htmlFor="rq-amount">
            <Input id="rq-amount" name="amount" inputMode="numeric" pattern="[0-9,]+" required />
          </Field>
        ) : null}
        {ids.has('expectedCloseDate') ? (
          <Field label={t('move.expectedCloseDate')} htmlFor="rq-close">
            <Input id="rq-close" name="expectedCloseDate" type="date" required />
          </Field>
        ) : null}
        {ids.has('decisionMaker') ? (
          <div className="grid grid-cols-2 gap-3">
            <Field label={t('move.decisionMakerName')} htmlFor="rq-dm">
              <Input id="rq-dm" name="dmName" required />
            </Field>
            <Field label={t('move.contactTitle')} htmlFor="rq-dm-title">
              <Input id="rq-dm-title" name="dmTitle" />
            </Field>
          </div>
        ) : null}
        {ids.has('vrbBidApproval') ? (
          <div className="rounded-md border border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-900" data-testid="vrb-missing">
            <p>{t('move.vrbMissing')}</p>
            <p className="mt-1 flex flex-wrap gap-x-4">
              <Link href={`/opportunities/${move.card.id}#vrb-schedule`} className="font-medium underline">
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
          <Field label={t('move.proposalDueDate')} htmlFor="rq-proposal">
            <Input id="rq-proposal" name="proposalDueDate" type="date" required />
          </Field>
        ) : null}
        {ids.has('contractAmount') ? (
          <Field label={t('move.contractAmount')} htmlFor="rq-contract">
            <Input id="rq-contract" name="contractAmount" inputMode="numeric" pattern="[0-9,]+" required />
          </Field>
        ) : null}
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
        {ids.has('reason') && kindReasons.length ? (
          <fieldset>
            <legend className="text-sm font-medium text-slate-700">{t('move.reasons')}</legend>
            <div className="mt-1 flex flex-wrap gap-x-4 gap-y-1">
              {kindReasons.map((r) => (
                <label key={r.id} className="inline-flex items-center gap-1.5 text-sm">
                  <input type="checkbox" name="reasonIds" value={r.id} />
                  {r.label}
                </label>
              ))}
            </div>
          </fieldset>
        ) : null}
        {ids.has('reason') || ids.has('moveReason') ? (
          <Field label={t('move.reason')} htmlFor="rq-reason" hint={t('move.reasonHint')}>
            <Textarea
              id="rq-reason"
              name="reason"
              required={ids.has('moveReason') || !kindReasons.length}
              defaultValue={move.reason ?? ''}
            />
          </Field>
        ) : null}
        <div className="mt-1 flex justify-end gap-2">
          <Button variant="secondary" onClick={onClose}>
            {t('move.cancel')}
          </Button>
          <Button type="submit" disabled={pending || blocked}>
            {pending ? t('move.moving') : t('move.submit')}
          </Button>
        </div>
      </form>
    </Modal>
  );
}

type Current = OpportunityDto & { lastChange?: { actorName: string | null; at: string } | null };

/** Conflict: show what the other person changed; the user picks the latest or re-applies their move. */
export function ConflictDialog({
  state,
  locale,
  onClose,
  onShowLatest,
  onRetry,
}: {
  state: { move: PendingMove; current: Current } | null;
  locale: 'ko' | 'en';
  onClose: () => void;
  onShowLatest: () => void;
  onRetry: () => void;
}) {
  const t = useTranslations('tiers');
  if (!state)
    return (
      <Modal open={false} title="" onClose={onClose} closeLabel="">
        {null}
      </Modal>
    );
  const { move, current } = state;
  const tierLabel = (tier: number, outcome: string) => (tier === 0 ? `Tier 0 · ${t(`outcome.${outcome}` as never)}` : t('tier', { tier }));
  const rows: [string, string, string][] = [['Tier', tierLabel(current.tier, current.outcome), tierLabel(move.to, move.outcome ?? 'OPEN')]];
  if ((current.amount ?? null) !== (move.card.amount ?? null))
    rows.push([t('move.amount'), formatKrw(current.amount, locale), formatKrw(move.card.amount, locale)]);
  if ((current.nextStep ?? null) !== (move.card.nextStep ?? null))
    rows.push([t('card.nextStep'), current.nextStep ?? EMPTY, move.card.nextStep ?? EMPTY]);
  return (
    <Modal
      open
      title={t('conflict.title')}
      description={move.card.name}
      onClose={onClose}
      closeLabel={t('toast.close')}
      testId="conflict-dialog"
    >
      {current.lastChange ? (
        <p className="mb-3 text-sm text-slate-600">
          {t('conflict.by', {
            name: current.lastChange.actorName ?? EMPTY,
            time: formatDateTime(new Date(current.lastChange.at), locale),
          })}
        </p>
      ) : null}
      <table className="w-full text-sm">
        <thead className="text-left text-xs text-slate-500">
          <tr>
            <th className="py-1">{t('conflict.field')}</th>
            <th>{t('conflict.theirs')}</th>
            <th>{t('conflict.yours')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(([f, theirs, yours]) => (
            <tr key={f} className="border-t border-slate-100">
              <td className="py-1.5 text-slate-500">{f}</td>
              <td className="font-medium text-slate-900" data-testid="conflict-theirs">
                {theirs}
              </td>
              <td className="text-slate-700">{yours}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="mt-4 flex flex-wrap justify-end gap-2">
        <Button variant="secondary" onClick={onShowLatest}>
          {t('conflict.reload')}
        </Button>
        <Button onClick={onRetry}>{t('conflict.retry')}</Button>
      </div>
    </Modal>
  );
}
