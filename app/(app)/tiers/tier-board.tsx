'use client';
import { useRouter } from 'next/navigation';
import { useLocale, useTranslations } from 'next-intl';
import { useCallback, useEffect, useMemo, useRef, useState, useTransition } from 'react';
import { DndContext, DragOverlay, PointerSensor, useSensor, useSensors, type DragEndEvent, type DragStartEvent } from '@dnd-kit/core';
import type { ClosedOutcome } from '@/lib/domain/tiers';
import { decodeCards, type BoardCardData as BoardCard, type EncodedCard } from '@/lib/domain/tiers/board-codec';
import type { OpportunityDto } from '@/lib/server/commands/opportunities/serialize';
import { toast } from '@/components/toast';
import { moveTierAction, reorderCardAction } from './actions';
import { SnoozeDialog } from './snooze-dialog';
import { MoveDialog, moveTierInput, RequirementDialog, ConflictDialog, type Unmet, type PendingMove } from './move-dialogs';
import { CardView, Column } from './board-column';

export type ReasonOption = { id: string; kind: string; label: string };

export function TierBoard({
  cards: encoded,
  closedWindowDays,
  canSnooze = false,
  reasons,
}: {
  /** each card carries `movable`: handles, keyboard moves and the ⇄ menu only where it is true */
  cards: EncodedCard[];
  closedWindowDays: number;
  /** a stalled card's flag becomes a button that snoozes it (once per tier entry, with a reason) */
  canSnooze?: boolean;
  reasons: ReasonOption[];
}) {
  const t = useTranslations('tiers');
  const locale = useLocale() === 'en' ? 'en' : 'ko';
  const router = useRouter();
  // cards per column; a move replaces only the two arrays it touches, so only those columns
  // re-render (Column is memoised): a drop stays cheap at 2,000 cards
  const [byColumn, setByColumn] = useState(() => groupByTier(decodeCards(encoded)));
  const [source, setSource] = useState(encoded);
  if (source !== encoded) {
    // the server sent a fresh board (filters, refresh): adopt it
    setSource(encoded);
    setByColumn(groupByTier(decodeCards(encoded)));
  }
  const setCard = useCallback((id: string, next: (c: BoardCard) => BoardCard) => setByColumn((cols) => replaceCard(cols, id, next)), []);
  const [dragging, setDragging] = useState<BoardCard | null>(null);
  const [moveFor, setMoveFor] = useState<BoardCard | null>(null);
  const [snoozeFor, setSnoozeFor] = useState<BoardCard | null>(null);
  const onSnooze = useMemo(() => (canSnooze ? (c: BoardCard) => setSnoozeFor(c) : undefined), [canSnooze]);
  const [required, setRequired] = useState<{ move: PendingMove; unmet: Unmet[]; error?: string } | null>(null);
  const [conflict, setConflict] = useState<{
    move: PendingMove;
    current: OpportunityDto & { lastChange?: { actorName: string | null; at: string } | null };
  } | null>(null);
  const [, startTransition] = useTransition();
  // feedback through the app's one toast system (components/toast.tsx)
  const notify = useCallback((tone: 'ok' | 'error', text: string) => (tone === 'ok' ? toast.success(text) : toast.error(text)), []);

  /** Optimistic move: the card jumps at once; a refusal puts it back with a message or opens the form. */
  const attempt = useCallback(
    (move: PendingMove) => {
      const before = move.card;
      if (before.tier === move.to && (move.to !== 0 || before.outcome === move.outcome) && !move.fill) return;
      // optimistic, as a transition: the drop itself paints first (INP), the columns follow
      startTransition(() =>
        setCard(before.id, (c) => ({ ...c, tier: move.to, outcome: move.to === 0 ? move.outcome! : 'OPEN', daysInTier: 0, stall: 'ok' })),
      );
      startTransition(async () => {
        const r = await moveTierAction(moveTierInput(move));
        if (r.ok) {
          setCard(before.id, (c) => ({
            ...c,
            tier: r.data.tier,
            outcome: r.data.outcome,
            version: r.data.version,
            daysInTier: 0,
            stall: 'ok',
            // moving onward (or closing) means the skipped tiers' requirements are met now
            unmetCount: r.data.tier === 0 || r.data.tier < before.tier ? 0 : c.unmetCount,
          }));
          setRequired(null);
          notify(
            'ok',
            r.data.tier === 0
              ? t('move.closed', { name: before.name, outcome: t(`outcome.${r.data.outcome}`) })
              : t('move.moved', { name: before.name, tier: r.data.tier }),
          );
          return;
        }
        setCard(before.id, () => before);
        const unmet = (r.details as { unmet?: Unmet[] } | undefined)?.unmet;
        if (r.code === 'UNPROCESSABLE' && unmet?.length) {
          setRequired({ move: { ...move, card: before }, unmet, error: move.fill ? r.error : undefined });
        } else if (r.code === 'CONFLICT' && r.details) {
          setRequired(null);
          setConflict({ move: { ...move, card: before }, current: r.details as never });
        } else {
          notify('error', t('move.rolledBack', { error: r.error }));
        }
      });
    },
    [t, notify, setCard],
  );

  const sensors = useSensors(useSensor(PointerSensor, { activationConstraint: { distance: 6 } }));
  // stable handlers: a re-render of the board (a dialog opening or closing) must not re-render
  // every mounted draggable through a changed DndContext
  const byColumnRef = useRef(byColumn);
  useEffect(() => {
    byColumnRef.current = byColumn;
  }, [byColumn]);
  /** Optimistic reorder inside a column: the card takes index `to`; a refusal puts the column back. */
  const reorder = useCallback(
    (card: BoardCard, to: number) => {
      const list = byColumnRef.current.get(card.tier);
      if (!list || card.tier === 0) return;
      const from = list.findIndex((c) => c.id === card.id);
      if (from < 0 || to < 0 || to >= list.length || to === from) return;
      const rest = list.filter((c) => c.id !== card.id);
      const next = [...rest.slice(0, to), card, ...rest.slice(to)];
      const aboveId = next[to - 1]?.id ?? null;
      const belowId = next[to + 1]?.id ?? null;
      setByColumn((cols) => new Map(cols).set(card.tier, next));
      startTransition(async () => {
        const r = await reorderCardAction({ opportunityId: card.id, aboveId, belowId });
        if (r.ok) notify('ok', t('move.reordered', { name: card.name }));
        else {
          setByColumn((cols) => new Map(cols).set(card.tier, list));
          notify('error', t('move.rolledBack', { error: r.error }));
        }
      });
    },
    [t, notify],
  );

  const find = useCallback((id: unknown) => [...byColumnRef.current.values()].flat().find((c) => c.id === id) ?? null, []);
  const onDragStart = useCallback((e: DragStartEvent) => setDragging(find(e.active.id)), [find]);
  const onDragEnd = useCallback(
    (e: DragEndEvent) => {
      setDragging(null);
      const card = find(e.active.id);
      const over = e.over?.id ? String(e.over.id) : null;
      if (!card || !over) return;
      const [, tier, outcome] = over.split(':');
      if (Number(tier) === card.tier && card.tier !== 0) {
        // dropped in its own column: a reorder to where the dragged card's middle is
        const rect = e.active.rect.current.translated;
        if (rect) reorder(card, dropIndex(card, rect.top + rect.height / 2, byColumnRef.current.get(card.tier)!));
        return;
      }
      attempt({ card, to: Number(tier), outcome: (outcome as ClosedOutcome | undefined) ?? null });
    },
    [find, attempt, reorder],
  );
  const onDragCancel = useCallback(() => setDragging(null), []);
  const accessibility = useMemo(() => ({ screenReaderInstructions: { draggable: t('move.keyboardHelp') } }), [t]);

  const onKeyMove = useCallback(
    (card: BoardCard, key: 'left' | 'right' | 'menu' | 'up' | 'down') => {
      if (key === 'up' || key === 'down') {
        const i = byColumnRef.current.get(card.tier)?.findIndex((c) => c.id === card.id) ?? -1;
        return reorder(card, key === 'up' ? i - 1 : i + 1);
      }
      if (key === 'menu') return setMoveFor(card);
      if (card.tier === 0) return setMoveFor(card);
      const to = key === 'left' ? card.tier + 1 : card.tier - 1;
      if (to > 4) return;
      if (to === 0) return setMoveFor(card); // closing needs an outcome: ask
      attempt({ card, to, outcome: null });
    },
    [attempt, reorder],
  );

  return (
    <>
      <p className="sr-only" id="board-help">
        {t('move.keyboardHelp')}
      </p>
      <DndContext
        sensors={sensors}
        onDragStart={onDragStart}
        onDragEnd={onDragEnd}
        onDragCancel={onDragCancel}
        accessibility={accessibility}
      >
        <div className="grid grid-cols-1 gap-3 md:grid-cols-3 xl:grid-cols-5" data-testid="tier-board">
          {[4, 3, 2, 1, 0].map((tier) => (
            <Column
              key={tier}
              tier={tier}
              cards={byColumn.get(tier)!}
              locale={locale}
              onKeyMove={onKeyMove}
              onSnooze={onSnooze}
              closedWindowDays={closedWindowDays}
            />
          ))}
        </div>
        <DragOverlay dropAnimation={null}>{dragging ? <CardView card={dragging} locale={locale} overlay /> : null}</DragOverlay>
      </DndContext>

      <MoveDialog
        card={moveFor}
        onClose={() => setMoveFor(null)}
        onMove={(to, outcome) => {
          const card = moveFor!;
          setMoveFor(null);
          attempt({ card, to, outcome });
        }}
      />
      {snoozeFor ? (
        <SnoozeDialog
          card={snoozeFor}
          onClose={() => setSnoozeFor(null)}
          onDone={(card, until) => {
            setSnoozeFor(null);
            setCard(card.id, (c) => ({ ...c, stall: 'snoozed' }));
            notify('ok', t('snooze.doneFor', { name: card.name, date: until }));
          }}
        />
      ) : null}
      <RequirementDialog state={required} reasons={reasons} onClose={() => setRequired(null)} onSubmit={(move) => attempt(move)} />
      <ConflictDialog
        state={conflict}
        locale={locale}
        onClose={() => setConflict(null)}
        onShowLatest={() => {
          const cur = conflict!.current;
          setCard(cur.id, (c) => ({
            ...c,
            tier: cur.tier,
            outcome: cur.outcome,
            version: cur.version,
            nextStep: cur.nextStep,
            amount: cur.amount,
          }));
          setConflict(null);
          router.refresh();
        }}
        onRetry={() => {
          const { move, current } = conflict!;
          setConflict(null);
          const card = { ...move.card, tier: current.tier, outcome: current.outcome, version: current.version };
          setCard(card.id, () => card);
          attempt({ ...move, card }); // my change again, against the version I have now seen
        }}
      />
    </>
  );
}

/**
 * Where a card dropped in its own column goes: before the first other mounted card whose middle is
 * below `y` (the dragged card's middle), else after the last mounted one. Reads the DOM once, on
 * drop — cards are not drop targets themselves (thousands of them would slow every interaction).
 */
function dropIndex(card: BoardCard, y: number, list: BoardCard[]): number {
  const rest = list.filter((c) => c.id !== card.id);
  const nodes = [...document.querySelectorAll<HTMLElement>(`[data-testid="column-${card.tier}"] [data-testid="opportunity-card"]`)].filter(
    (n) => n.dataset.id !== card.id,
  );
  let lastIndex = -1;
  for (const n of nodes) {
    const r = n.getBoundingClientRect();
    const i = rest.findIndex((c) => c.id === n.dataset.id);
    if (i < 0) continue;
    if (r.top + r.height / 2 > y) return i;
    lastIndex = Math.max(lastIndex, i);
  }
  return lastIndex + 1;
}

function groupByTier(cards: BoardCard[]) {
  const m = new Map<number, BoardCard[]>([
    [4, []],
    [3, []],
    [2, []],
    [1, []],
    [0, []],
  ]);
  for (const c of cards) m.get(c.tier)?.push(c);
  return m;
}

/** Replace one card; it keeps its place in its column, or goes on top of a new column. Other columns keep their arrays. */
function replaceCard(cols: Map<number, BoardCard[]>, id: string, next: (c: BoardCard) => BoardCard) {
  for (const [tier, list] of cols) {
    const i = list.findIndex((c) => c.id === id);
    if (i < 0) continue;
    const card = next(list[i]!);
    const out = new Map(cols);
    if (card.tier === tier)
      out.set(
        tier,
        list.map((c, j) => (j === i ? card : c)),
      );
    else {
      out.set(
        tier,
        list.filter((_, j) => j !== i),
      );
      out.set(card.tier, [card, ...(cols.get(card.tier) ?? [])]);
    }
    return out;
  }
  return cols;
}
