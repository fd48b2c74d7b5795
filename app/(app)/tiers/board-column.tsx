'use client';
// The board's columns and cards (drag handle, keyboard moves, the ⇄ menu, stalled and snooze marks),
// split from tier-board.tsx, which holds the board's state and the move flow.
import Link from 'next/link';
import { useTranslations } from 'next-intl';
import { memo, useMemo, useRef } from 'react';
import { useDraggable, useDroppable } from '@dnd-kit/core';
import { useVirtualizer } from '@tanstack/react-virtual';
import { AlertTriangle, ArrowRightLeft, Clock, MoonStar } from 'lucide-react';
import { cn } from '@/lib/cn';
import { formatKrw, sumAmounts } from '@/lib/domain/format/money';
import { formatDateTime } from '@/lib/domain/format';
import type { ClosedOutcome } from '@/lib/domain/tiers';
import { type BoardCardData as BoardCard } from '@/lib/domain/tiers/board-codec';
import { Badge } from '@/components/ui/badge';

export const OUTCOMES: ClosedOutcome[] = ['WON', 'LOST', 'NO_BID', 'DROPPED'];

export const Column = memo(function Column({
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

export function OutcomeZone({ outcome, cards, locale }: { outcome: ClosedOutcome; cards: BoardCard[]; locale: 'ko' | 'en' }) {
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

export type KeyMove = 'left' | 'right' | 'menu' | 'up' | 'down';

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

export function CardView({
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
