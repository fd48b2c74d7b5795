'use client';
import { useRouter } from 'next/navigation';
import { useLocale, useTranslations } from 'next-intl';
import { useState, useTransition } from 'react';
import { AlertTriangle, MoonStar } from 'lucide-react';
import { formatKrw } from '@/lib/domain/format/money';
import { koreaToday } from '@/lib/domain/time/korea';
import type { ClosedOutcome } from '@/lib/domain/tiers';
import type { OpportunityDto } from '@/lib/server/commands/opportunities/serialize';
import type { BoardCardData as BoardCard } from '@/lib/domain/tiers/board-codec';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { SectionCard } from '@/components/ui/card';
import { FormError } from '@/components/forms/field';
import { moveTierAction } from '../../tiers/actions';
import { ConflictDialog, MoveDialog, moveTierInput, RequirementDialog, type PendingMove, type Unmet } from '../../tiers/move-dialogs';
import { updateOpportunityAction } from './actions';
import { InlineField, ReasonPicker, SnoozeForm, type Kind, type Opt } from './editor-fields';
import { EMPTY, formatCountry, formatDate, formatDateTime } from '@/lib/domain/format';

type Dto = OpportunityDto & { lastChange?: { actorName: string | null; at: string } | null };
type Conflict = { field: string; label: string; mine: unknown; current: Dto };
type FieldSpec = { field: keyof OpportunityDto; kind: Kind; label?: string; options?: Opt[]; display?: string; wide?: boolean };

const MARKET_FIELDS = ['marketPolitical', 'marketSocial', 'marketCultural', 'marketNotes'] as const;
const choices = (ids: string[], name: (id: string) => string): Opt[] => ids.map((id) => ({ id, name: name(id) }));

export function OpportunityEditor({
  initial,
  editable,
  canSnooze,
  stall,
  reasons,
  categories,
  regions,
  competitors,
}: {
  initial: OpportunityDto;
  editable: boolean;
  canSnooze: boolean;
  stall: 'ok' | 'stalled' | 'snoozed';
  reasons: { id: string; kind: string; label: string }[];
  categories: Opt[];
  regions: Opt[];
  competitors: Opt[];
}) {
  const t = useTranslations('opportunity');
  const tt = useTranslations('tiers');
  const locale = useLocale() === 'en' ? 'en' : 'ko';

  const router = useRouter();
  const [opp, setOpp] = useState<OpportunityDto>(initial);
  const [seen, setSeen] = useState(initial);
  if (seen !== initial) {
    setSeen(initial);
    setOpp(initial);
  }
  const [conflict, setConflict] = useState<Conflict | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [pending, start] = useTransition();
  const [moveOpen, setMoveOpen] = useState(false);
  const [required, setRequired] = useState<{ move: PendingMove; unmet: Unmet[]; error?: string } | null>(null);
  const [moveConflict, setMoveConflict] = useState<{ move: PendingMove; current: Dto } | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  const save = (field: string, label: string, value: unknown, version = opp.version) =>
    new Promise<boolean>((resolve) =>
      start(async () => {
        const r = await updateOpportunityAction({ opportunityId: opp.id, version, [field]: value } as never);
        if (r.ok) {
          setOpp(r.data);
          setError(null);
          setConflict(null);
          resolve(true);
        } else if (r.code === 'CONFLICT') {
          setConflict({ field, label, mine: value, current: r.details as Dto });
          resolve(false);
        } else {
          setError(r.fieldErrors ? `${r.error} ${Object.values(r.fieldErrors).flat().join(' ')}` : r.error);
          resolve(false);
        }
      }),
    );

  const card: BoardCard = {
    id: opp.id,
    name: opp.name,
    accountName: opp.accountName,
    ownerName: opp.ownerName,
    amount: opp.amount,
    tier: opp.tier,
    outcome: opp.outcome,
    daysInTier: 0,
    stall: 'ok',
    nextStep: opp.nextStep,
    nextStepDueDate: opp.nextStepDueDate,
    isNextStepOverdue: false,
    version: opp.version,
    movable: true,
    postmortemDue: false,
    unmetCount: opp.unmetAtEntry.length,
    bidDueSoon: null,
  };
  const attemptMove = (move: PendingMove) =>
    start(async () => {
      const r = await moveTierAction(moveTierInput(move));
      if (r.ok) {
        setOpp(r.data);
        setRequired(null);
        setNotice(
          r.data.tier === 0
            ? tt('move.closed', { name: opp.name, outcome: tt(`outcome.${r.data.outcome}`) })
            : tt('move.moved', { name: opp.name, tier: r.data.tier }),
        );
        router.refresh();
        return;
      }
      const unmet = (r.details as { unmet?: Unmet[] } | undefined)?.unmet;
      if (r.code === 'UNPROCESSABLE' && unmet?.length) setRequired({ move, unmet, error: move.fill ? r.error : undefined });
      else if (r.code === 'CONFLICT') {
        setRequired(null);
        setMoveConflict({ move, current: r.details as Dto });
      } else setError(r.error);
    });

  const money = (x: string | null) => formatKrw(x, locale);
  const date = (x: string | null) => (x ? formatDate(new Date(x), locale) : EMPTY);
  // one card's fields, each edited in place; labelled `fields.<label ?? field>`, money and dates shown formatted
  const fields = (specs: FieldSpec[]) =>
    specs.map(({ label, display, ...f }) => {
      const v = opp[f.field] as string | null;
      const shown = display ?? (f.kind === 'money' ? money(v) : f.kind === 'date' ? date(v) : undefined);
      return (
        <InlineField
          key={f.field}
          {...f}
          opp={opp}
          editable={editable}
          pending={pending}
          onSave={save}
          label={t(`fields.${label ?? f.field}` as never)}
          display={shown}
        />
      );
    });
  const overdue = !!opp.nextStepDueDate && opp.tier !== 0 && opp.nextStepDueDate < koreaToday(new Date());
  const kindReasons = reasons.filter((r) => r.kind === (opp.outcome === 'OPEN' ? 'LOST' : opp.outcome));

  return (
    <>
      <header className="flex flex-wrap items-start justify-between gap-3 rounded-xl border border-slate-200 bg-white px-5 py-4 shadow-sm">
        <div className="min-w-0">
          <h1 className="text-xl font-semibold text-slate-900" data-testid="opportunity-name">
            {opp.name}
          </h1>
          <p className="mt-0.5 text-sm text-slate-500">
            {opp.accountName} · {opp.ownerName}
          </p>
          <div className="mt-2 flex flex-wrap items-center gap-1.5">
            <Badge tone="accent" data-testid="opportunity-tier">
              {opp.tier === 0 ? `Tier 0 · ${tt(`outcome.${opp.outcome}`)}` : tt('tier', { tier: opp.tier })}
            </Badge>
            <Badge>{tt(`stage.${opp.salesStage}` as never)}</Badge>
            {opp.horizon ? <Badge tone="info">{tt(`horizon.${opp.horizon}`)}</Badge> : null}
            {stall === 'stalled' ? (
              <Badge tone="warning">
                <AlertTriangle className="mr-0.5 size-3" aria-hidden />
                {tt('card.stalled')}
              </Badge>
            ) : stall === 'snoozed' ? (
              <Badge>
                <MoonStar className="mr-0.5 size-3" aria-hidden />
                {tt('card.snoozed')} · {opp.stallSnoozedUntil}
              </Badge>
            ) : null}
            {opp.unmetAtEntry.length ? (
              <Badge tone="danger" data-testid="unmet-flag" title={tt('card.unmetHelp')}>
                <AlertTriangle className="mr-0.5 size-3" aria-hidden />
                {tt('card.unmet')}: {opp.unmetAtEntry.map((id) => tt(`requirements.${id}` as never)).join(', ')}
              </Badge>
            ) : null}
            <span className="text-xs text-slate-500">v{opp.version}</span>
          </div>
        </div>
        <div className="flex flex-col items-end gap-1">
          <span className="text-2xl font-semibold text-slate-900 tabular-nums">{money(opp.amount)}</span>
          {editable ? (
            <Button size="sm" onClick={() => setMoveOpen(true)}>
              {tt('move.submit')}
            </Button>
          ) : null}
        </div>
      </header>

      <div role="status" aria-live="polite">
        {notice ? <p className="rounded-md border border-emerald-200 bg-emerald-50 px-3 py-2 text-sm text-emerald-800">{notice}</p> : null}
      </div>
      <FormError message={error} />
      {conflict ? (
        <div className="rounded-lg border border-amber-300 bg-amber-50 px-4 py-3 text-sm" data-testid="edit-conflict" role="alert">
          <p className="font-semibold text-amber-900">{tt('conflict.title')}</p>
          {conflict.current.lastChange ? (
            <p className="text-amber-800">
              {tt('conflict.by', {
                name: conflict.current.lastChange.actorName ?? EMPTY,
                time: formatDateTime(new Date(conflict.current.lastChange.at), locale),
              })}
            </p>
          ) : null}
          <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1">
            <dt className="text-amber-700">
              {conflict.label} · {tt('conflict.theirs')}
            </dt>
            <dd className="font-medium">{String((conflict.current as Record<string, unknown>)[conflict.field] ?? EMPTY)}</dd>
            <dt className="text-amber-700">
              {conflict.label} · {tt('conflict.yours')}
            </dt>
            <dd className="font-medium">{String(conflict.mine ?? EMPTY)}</dd>
          </dl>
          <div className="mt-2 flex gap-2">
            <Button
              size="sm"
              variant="secondary"
              onClick={() => {
                setOpp(conflict.current);
                setConflict(null);
              }}
            >
              {tt('conflict.reload')}
            </Button>
            <Button size="sm" onClick={() => save(conflict.field, conflict.label, conflict.mine, conflict.current.version)}>
              {tt('conflict.retry')}
            </Button>
          </div>
        </div>
      ) : null}

      <div className="grid gap-4 lg:grid-cols-3">
        <SectionCard title={t('sections.overview')} className="lg:col-span-2" bodyClassName="grid gap-x-6 gap-y-3 sm:grid-cols-2">
          {fields([
            { field: 'name', kind: 'text' },
            { field: 'amount', kind: 'money' },
            { field: 'businessCategoryId', label: 'businessCategory', kind: 'select', options: categories },
            { field: 'regionScope', kind: 'select', options: choices(['DOMESTIC', 'OVERSEAS'], (x) => tt(`filters.${x}`)) },
            { field: 'country', kind: 'text', display: formatCountry(opp.country, locale) },
            { field: 'salesRegionId', label: 'salesRegion', kind: 'select', options: regions },
            { field: 'expectedCloseDate', kind: 'date' },
            { field: 'proposalDueDate', kind: 'date' },
            { field: 'need', kind: 'textarea', wide: true },
          ])}
        </SectionCard>
        <div className="flex flex-col gap-4">
          <SectionCard
            title={t('sections.nextStep')}
            actions={overdue ? <Badge tone="danger">{tt('card.overdue')}</Badge> : null}
            className={overdue ? 'border-rose-300' : undefined}
            bodyClassName="grid gap-3"
          >
            {fields([
              { field: 'nextStep', kind: 'text' },
              { field: 'nextStepDueDate', kind: 'date' },
            ])}
          </SectionCard>
          <SectionCard title={t('sections.resources')} bodyClassName="grid gap-3">
            {fields([
              { field: 'resourcePersonMonths', kind: 'number' },
              { field: 'resourceBudget', kind: 'money' },
              { field: 'resourceDays', kind: 'number' },
            ])}
          </SectionCard>
          {canSnooze && stall === 'stalled' ? (
            <SnoozeForm
              opportunityId={opp.id}
              onDone={(m) => {
                setNotice(m);
                router.refresh();
              }}
            />
          ) : null}
        </div>
        <SectionCard title={t('sections.market')} className="lg:col-span-2" bodyClassName="grid gap-3 sm:grid-cols-2">
          {fields(MARKET_FIELDS.map((field) => ({ field, kind: 'textarea' })))}
        </SectionCard>
        <SectionCard title={t('sections.result')} bodyClassName="grid gap-3">
          {fields([
            { field: 'contractAmount', kind: 'money' },
            { field: 'lossType', kind: 'select', options: choices(['COMPETITOR', 'NO_DECISION'], (x) => tt(`lossType.${x}`)) },
            ...(opp.lossType === 'COMPETITOR'
              ? [{ field: 'lostToCompetitorId', label: 'lostToCompetitor', kind: 'select', options: competitors } as const]
              : []),
          ])}
          <ReasonPicker
            label={t('fields.reasons')}
            options={opp.outcome === 'OPEN' ? reasons : kindReasons}
            value={opp.reasonIds}
            editable={editable}
            pending={pending}
            onSave={(ids) => save('reasonIds', t('fields.reasons'), ids)}
            kindLabel={(k) => tt(`outcome.${k}` as never)}
          />
        </SectionCard>
      </div>

      <MoveDialog
        card={moveOpen ? card : null}
        onClose={() => setMoveOpen(false)}
        onMove={(to, outcome: ClosedOutcome | null) => {
          setMoveOpen(false);
          attemptMove({ card, to, outcome });
        }}
      />
      <RequirementDialog state={required} reasons={reasons} onClose={() => setRequired(null)} onSubmit={attemptMove} />
      <ConflictDialog
        state={moveConflict}
        locale={locale}
        onClose={() => setMoveConflict(null)}
        onShowLatest={() => {
          setOpp(moveConflict!.current);
          setMoveConflict(null);
        }}
        onRetry={() => {
          const { move, current } = moveConflict!;
          setMoveConflict(null);
          setOpp(current);
          attemptMove({ ...move, card: { ...move.card, tier: current.tier, outcome: current.outcome, version: current.version } });
        }}
      />
    </>
  );
}
