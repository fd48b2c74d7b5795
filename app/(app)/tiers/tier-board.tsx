'use client';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useLocale, useTranslations } from 'next-intl';
import { memo, useCallback, useEffect, useMemo, useRef, useState, useTransition } from 'react';
import {
  DndContext,
  DragOverlay,
  PointerSensor,
  useDraggable,
  useDroppable,
  useSensor,
  useSensors,
  type DragEndEvent,
  type DragStartEvent,
} from '@dnd-kit/core';
import { useVirtualizer } from '@tanstack/react-virtual';
import { AlertTriangle, ArrowRightLeft, Clock, MoonStar } from 'lucide-react';
import { cn } from '@/lib/cn';
import { formatKrw, sumAmounts } from '@/lib/domain/format/money';
import { formatDateTime } from '@/lib/domain/format';
import type { ClosedOutcome } from '@/lib/domain/tiers';
import { decodeCards, type BoardCardData as BoardCard, type EncodedCard } from '@/lib/domain/tiers/board-codec';
import type { OpportunityDto } from '@/lib/server/commands/opportunities/serialize';
import { Badge } from '@/components/ui/badge';
import { toast } from '@/components/toast';
import { moveTierAction, reorderCardAction } from './actions';
import { SnoozeDialog } from './snooze-dialog';
import { MoveDialog, RequirementDialog, ConflictDialog, type Unmet, type PendingMove } from './move-dialogs';

export type ReasonOption = { id: string; kind: string; label: string };
const OUTCOMES: ClosedOutcome[] = ['WON', 'LOST', 'NO_BID', 'DROPPED'];

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
        const r = await moveTierAction({
          opportunityId: before.id,
          to: move.to,
          outcome: move.to === 0 ? move.outcome : undefined,
          reason: move.reason,
          version: before.version,
          fill: move.fill,
        });
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

const Column = memo(function Column({
  tier,
  cards,
  locale,
  onKeyMove,
  onSnooze,
  closedWindowDays,
}: {
  tier: number;
  cards: BoardCard[];
  locale: 'ko' | 'en';
  onKeyMove: (c: BoardCard, k: KeyMove) => void;
  onSnooze?: (c: BoardCard) => void;
  closedWindowDays: number;
}) {
  const t = useTranslations('tiers');
  const { setNodeRef, isOver } = useDroppable({ id: `col:${tier}`, disabled: tier === 0 });
  const total = useMemo(() => sumAmounts(cards.map((c) => c.amount)), [cards]);
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtual = useVirtualizer({
    count: cards.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => 124,
    overscan: 6,
    getItemKey: (i) => cards[i]!.id,
  });
  const title = tier === 0 ? t('tier0') : t('tier', { tier });
  const stage = t(`stage.${(['CLOSE_REVIEW', 'PROPOSAL_CONTRACT', 'EVALUATION', 'DEVELOPMENT', 'INITIAL_CONTACT'] as const)[tier]}`);
  return (
    <section
      ref={setNodeRef}
      aria-labelledby={`col-${tier}-title`}
      data-testid={`column-${tier}`}
      className={cn(
        'flex min-h-64 flex-col rounded-xl border bg-slate-50/80',
        isOver ? 'border-indigo-400 ring-2 ring-indigo-200' : 'border-slate-200',
      )}
    >
      <header className="sticky top-0 rounded-t-xl border-b border-slate-200 bg-white px-3 py-2">
        <div className="flex items-baseline justify-between gap-2">
          <h2 id={`col-${tier}-title`} className="text-sm font-semibold text-slate-900">
            {title}
          </h2>
          <span className="text-xs font-medium text-slate-500" data-testid={`column-${tier}-count`}>
            {t('column.count', { count: cards.length })}
          </span>
        </div>
        <div className="flex items-baseline justify-between gap-2">
          <span className="text-xs text-slate-500">{tier === 0 ? t('column.closedWindow', { days: closedWindowDays }) : stage}</span>
          <span className="text-sm font-semibold text-slate-800 tabular-nums" data-testid={`column-${tier}-amount`}>
            {formatKrw(total, locale)}
          </span>
        </div>
      </header>
      {tier === 0 ? (
        <div className="grid grid-cols-2 gap-1.5 border-b border-slate-200 p-2">
          {OUTCOMES.map((o) => (
            <OutcomeZone key={o} outcome={o} cards={cards.filter((c) => c.outcome === o)} locale={locale} />
          ))}
        </div>
      ) : null}
      <div ref={scrollRef} className="max-h-[calc(100vh-290px)] min-h-40 flex-1 overflow-y-auto p-2" data-testid={`column-${tier}-scroll`}>
        {cards.length === 0 ? (
          <p className="px-2 py-8 text-center text-xs text-slate-500">{t('column.empty')}</p>
        ) : (
          <ul className="relative" style={{ height: virtual.getTotalSize() }} aria-label={title}>
            {virtual.getVirtualItems().map((v) => {
              const card = cards[v.index]!;
              return (
                <li
                  key={v.key}
                  data-index={v.index}
                  ref={virtual.measureElement}
                  className="absolute right-0 left-0 pb-2"
                  style={{ transform: `translateY(${v.start}px)` }}
                >
                  <DraggableCard card={card} locale={locale} onKeyMove={onKeyMove} onSnooze={onSnooze} />
                </li>
              );
            })}
          </ul>
        )}
      </div>
    </section>
  );
});

function OutcomeZone({ outcome, cards, locale }: { outcome: ClosedOutcome; cards: BoardCard[]; locale: 'ko' | 'en' }) {
  const t = useTranslations('tiers');
  const { setNodeRef, isOver } = useDroppable({ id: `col:0:${outcome}` });
  const tone =
    outcome === 'WON'
      ? 'border-emerald-300 bg-emerald-50 text-emerald-900'
      : outcome === 'LOST'
        ? 'border-rose-300 bg-rose-50 text-rose-900'
        : 'border-slate-300 bg-white text-slate-700';
  return (
    <div
      ref={setNodeRef}
      data-testid={`dropzone-0-${outcome}`}
      className={cn('rounded-lg border border-dashed px-2 py-1.5 text-xs', tone, isOver && 'ring-2 ring-indigo-300')}
    >
      <div className="font-semibold">{t(`outcome.${outcome}`)}</div>
      <div className="tabular-nums">
        {cards.length} · {formatKrw(sumAmounts(cards.map((c) => c.amount)), locale)}
      </div>
    </div>
  );
}

type KeyMove = 'left' | 'right' | 'menu' | 'up' | 'down';

const DraggableCard = memo(function DraggableCard({
  card,
  locale,
  onKeyMove,
  onSnooze,
}: {
  card: BoardCard;
  locale: 'ko' | 'en';
  onKeyMove: (c: BoardCard, k: KeyMove) => void;
  onSnooze?: (c: BoardCard) => void;
}) {
  const t = useTranslations('tiers');
  const canMove = card.movable;
  const { setNodeRef, listeners, attributes, isDragging } = useDraggable({ id: card.id, disabled: !canMove });
  return (
    <div
      ref={setNodeRef}
      {...listeners}
      {...attributes}
      role="group"
      tabIndex={0}
      aria-roledescription={undefined}
      aria-describedby={canMove ? 'board-help' : undefined}
      aria-label={
        canMove ? t('card.moveLabel', { name: card.name, tier: card.tier }) : t('card.label', { name: card.name, tier: card.tier })
      }
      data-testid="opportunity-card"
      data-id={card.id}
      data-tier={card.tier}
      data-movable={canMove}
      onKeyDown={(e) => {
        if (onSnooze && card.stall === 'stalled' && (e.key === 'z' || e.key === 'Z') && e.target === e.currentTarget) {
          e.preventDefault();
          return onSnooze(card);
        }
        if (!canMove) return;
        if (e.key === 'm' || e.key === 'M' || (e.key === ' ' && e.target === e.currentTarget)) {
          e.preventDefault();
          onKeyMove(card, 'menu');
        } else if (e.shiftKey && e.key === 'ArrowLeft') {
          e.preventDefault();
          onKeyMove(card, 'left');
        } else if (e.shiftKey && e.key === 'ArrowRight') {
          e.preventDefault();
          onKeyMove(card, 'right');
        } else if (e.altKey && (e.key === 'ArrowUp' || e.key === 'ArrowDown') && card.tier !== 0) {
          e.preventDefault();
          onKeyMove(card, e.key === 'ArrowUp' ? 'up' : 'down');
        }
      }}
      className={cn('rounded-lg outline-none focus-visible:ring-2 focus-visible:ring-indigo-500', isDragging && 'opacity-40')}
    >
      <CardView
        card={card}
        locale={locale}
        onMove={canMove ? () => onKeyMove(card, 'menu') : undefined}
        onSnooze={onSnooze && card.stall === 'stalled' ? () => onSnooze(card) : undefined}
      />
    </div>
  );
});

function CardView({
  card,
  locale,
  overlay,
  onMove,
  onSnooze,
}: {
  card: BoardCard;
  locale: 'ko' | 'en';
  overlay?: boolean;
  onMove?: () => void;
  onSnooze?: () => void;
}) {
  const t = useTranslations('tiers');
  const tt = useTranslations('tools');
  return (
    <article
      className={cn(
        'rounded-lg border border-slate-200 bg-white p-3 shadow-sm transition-shadow hover:shadow-md',
        overlay && 'rotate-1 cursor-grabbing shadow-xl',
        card.stall === 'stalled' && 'border-l-4 border-l-amber-500',
      )}
    >
      <div className="flex items-start justify-between gap-2">
        <Link
          href={`/opportunities/${card.id}`}
          className="line-clamp-2 text-sm font-semibold text-slate-900 hover:text-indigo-700 hover:underline"
          onPointerDown={(e) => e.stopPropagation()}
        >
          {card.name}
        </Link>
        {onMove ? (
          <button
            type="button"
            onClick={onMove}
            onPointerDown={(e) => e.stopPropagation()}
            aria-label={t('move.title', { name: card.name })}
            className="shrink-0 rounded p-1 text-slate-500 hover:bg-slate-100 hover:text-slate-700"
          >
            <ArrowRightLeft className="size-3.5" aria-hidden />
          </button>
        ) : null}
      </div>
      <p className="mt-0.5 truncate text-xs text-slate-500">
        {card.accountName} · {card.ownerName}
      </p>
      <div className="mt-2 flex flex-wrap items-center gap-1.5">
        <span className="text-sm font-semibold text-slate-800 tabular-nums">{formatKrw(card.amount, locale)}</span>
        {card.tier === 0 ? (
          <Badge tone={card.outcome === 'WON' ? 'success' : card.outcome === 'LOST' ? 'danger' : 'neutral'}>
            {t(`outcome.${card.outcome}`)}
          </Badge>
        ) : null}
        {card.postmortemDue ? (
          <Link
            href={`/postmortems/write/${card.id}`}
            onPointerDown={(e) => e.stopPropagation()}
            className="text-xs font-medium text-indigo-700 underline hover:text-indigo-900"
            data-testid="card-postmortem-link"
          >
            {t('card.writePostmortem')}
          </Link>
        ) : null}
        <span className="inline-flex items-center gap-0.5 text-xs text-slate-500">
          <Clock className="size-3" aria-hidden />
          {t('card.daysInTier', { days: card.daysInTier })}
        </span>
        {card.stall === 'stalled' && onSnooze ? (
          <button
            type="button"
            onClick={onSnooze}
            onPointerDown={(e) => e.stopPropagation()}
            aria-label={t('snooze.cardAction', { name: card.name })}
            title={t('snooze.action')}
            data-testid="stall-flag"
            className="rounded-full focus-visible:ring-2 focus-visible:ring-amber-500 focus-visible:outline-none"
          >
            <Badge tone="warning" className="cursor-pointer hover:bg-amber-200">
              <AlertTriangle className="mr-0.5 size-3" aria-hidden />
              {t('card.stalled')}
              <MoonStar className="ml-1 size-3" aria-hidden />
            </Badge>
          </button>
        ) : card.stall === 'stalled' ? (
          <Badge tone="warning" data-testid="stall-flag">
            <AlertTriangle className="mr-0.5 size-3" aria-hidden />
            {t('card.stalled')}
          </Badge>
        ) : card.stall === 'snoozed' ? (
          <Badge tone="neutral">
            <MoonStar className="mr-0.5 size-3" aria-hidden />
            {t('card.snoozed')}
          </Badge>
        ) : null}
        {card.unmetCount > 0 ? (
          <Badge tone="danger" data-testid="unmet-flag" title={t('card.unmetHelp')}>
            <AlertTriangle className="mr-0.5 size-3" aria-hidden />
            {t('card.unmet')}
          </Badge>
        ) : null}
      </div>
      {card.tier !== 0 ? (
        <p
          className={cn('mt-1.5 truncate text-xs', card.isNextStepOverdue ? 'font-medium text-rose-600' : 'text-slate-600')}
          data-testid="next-step"
        >
          {card.nextStep ? (
            <>
              {card.isNextStepOverdue ? `${t('card.overdue')} · ` : ''}
              {card.nextStepDueDate ? `${card.nextStepDueDate.slice(5)} ` : ''}
              {card.nextStep}
            </>
          ) : (
            <span className="text-slate-500">{t('card.noNextStep')}</span>
          )}
        </p>
      ) : null}
      {card.bidDueSoon ? (
        <p className="mt-1 text-xs font-medium text-amber-800" data-testid="bid-due-soon">
          <Clock className="mr-0.5 inline size-3" aria-hidden />
          {tt('bid.deadlineSoon', { when: formatDateTime(card.bidDueSoon, locale) })}
        </p>
      ) : null}
    </article>
  );
}
