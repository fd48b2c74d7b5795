'use client';
import { useTranslations } from 'next-intl';
import { useState, Fragment } from 'react';
import type { ClosedOutcome } from '@/lib/domain/tiers';
import { formatKrw } from '@/lib/domain/format/money';
import type { BoardCardData as BoardCard } from '@/lib/domain/tiers/board-codec';
import type { OpportunityDto } from '@/lib/server/commands/opportunities/serialize';
import type { MoveFill } from '@/lib/validation/opportunities';
import { Button } from '@/components/ui/button';
import { FormError } from '@/components/forms/field';
import { FormActions } from '@/components/forms/form-actions';
import { Modal } from '@/components/modal';
import { blockedByExternal, readFill, RequirementFields, type ReasonOption, type Unmet } from './requirement-fields';
import { EMPTY, formatDateTime } from '@/lib/domain/format';

export type PendingMove = { card: BoardCard; to: number; outcome: ClosedOutcome | null; reason?: string | null; fill?: MoveFill };
export type { Unmet, ReasonOption };

/** The move action's input for a pending move: the card's id and the version it was read at. */
export const moveTierInput = (move: PendingMove) => ({
  opportunityId: move.card.id,
  to: move.to,
  outcome: move.to === 0 ? move.outcome : undefined,
  reason: move.reason,
  version: move.card.version,
  fill: move.fill,
});

/** The dialog while there is nothing to show (no state yet): mounted, closed. */
function ClosedModal({ onClose }: { onClose: () => void }) {
  return (
    <Modal open={false} title="" onClose={onClose} closeLabel="">
      {null}
    </Modal>
  );
}

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
          <FormActions onCancel={onClose} cancelLabel={t('move.cancel')} disabled={!choice} className="mt-4">
            {t('move.submit')}
          </FormActions>
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
  if (!state) return <ClosedModal onClose={onClose} />;
  const { move, unmet } = state;
  // a requirement this form cannot satisfy (a VRB pass): the move cannot complete here, so no submit
  const blocked = blockedByExternal(unmet);
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
          const { fill, reason } = readFill(e.currentTarget, unmet);
          setPending(true);
          onSubmit({ ...move, reason: reason ?? move.reason ?? null, fill });
          setTimeout(() => setPending(false), 300);
        }}
      >
        <FormError message={state.error} />
        <RequirementFields
          unmet={unmet}
          opportunityId={move.card.id}
          reasons={reasons.filter((r) => r.kind === move.outcome)}
          defaultReason={move.reason}
        />
        <FormActions
          onCancel={onClose}
          cancelLabel={t('move.cancel')}
          pending={pending}
          pendingLabel={t('move.moving')}
          disabled={blocked}
          className="mt-1"
        >
          {t('move.submit')}
        </FormActions>
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
  if (!state) return <ClosedModal onClose={onClose} />;
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
      {/* the few changed fields side by side: a description list (field → theirs, yours), not a data table */}
      <dl className="grid grid-cols-[auto_1fr_1fr] gap-x-4 text-sm">
        <dt className="py-1 text-xs text-slate-500">{t('conflict.field')}</dt>
        <dd className="py-1 text-xs text-slate-500">{t('conflict.theirs')}</dd>
        <dd className="py-1 text-xs text-slate-500">{t('conflict.yours')}</dd>
        {rows.map(([f, theirs, yours]) => (
          <Fragment key={f}>
            <dt className="border-t border-slate-100 py-1.5 text-slate-500">{f}</dt>
            <dd className="border-t border-slate-100 py-1.5 font-medium text-slate-900" data-testid="conflict-theirs">
              <span className="sr-only">{t('conflict.theirs')}: </span>
              {theirs}
            </dd>
            <dd className="border-t border-slate-100 py-1.5 text-slate-700">
              <span className="sr-only">{t('conflict.yours')}: </span>
              {yours}
            </dd>
          </Fragment>
        ))}
      </dl>
      <div className="mt-4 flex flex-wrap justify-end gap-2">
        <Button variant="secondary" onClick={onShowLatest}>
          {t('conflict.reload')}
        </Button>
        <Button onClick={onRetry}>{t('conflict.retry')}</Button>
      </div>
    </Modal>
  );
}
