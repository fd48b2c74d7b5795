'use client';
import { useRouter } from 'next/navigation';
import { useLocale, useTranslations } from 'next-intl';
import { useState, useTransition } from 'react';
import { AlertTriangle, Check, MoonStar, Pencil, X } from 'lucide-react';
import { formatKrw } from '@/lib/domain/format/money';
import { koreaToday } from '@/lib/domain/time/korea';
import type { ClosedOutcome } from '@/lib/domain/tiers';
import type { OpportunityDto } from '@/lib/server/commands/opportunities/serialize';
import type { BoardCardData as BoardCard } from '@/lib/domain/tiers/board-codec';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { Card, CardBody, CardHeader, CardTitle } from '@/components/ui/card';
import { Input, Select, Textarea } from '@/components/ui/input';
import { Field, FormError } from '@/components/forms/field';
import { moveTierAction, snoozeStallAction } from '../../tiers/actions';
import { ConflictDialog, MoveDialog, RequirementDialog, type PendingMove, type Unmet } from '../../tiers/move-dialogs';
import { updateOpportunityAction } from './actions';
import { EMPTY, formatCountry, formatDate, formatDateTime } from '@/lib/domain/format';

type Opt = { id: string; name: string };
type Dto = OpportunityDto & { lastChange?: { actorName: string | null; at: string } | null };
type Kind = 'text' | 'textarea' | 'money' | 'date' | 'number' | 'select';
type Conflict = { field: string; label: string; mine: unknown; current: Dto };

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
      const r = await moveTierAction({
        opportunityId: opp.id,
        to: move.to,
        outcome: move.to === 0 ? move.outcome : undefined,
        reason: move.reason,
        version: move.card.version,
        fill: move.fill,
      });
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
  const ctx = { opp, editable, pending, onSave: save };
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
        <Card className="lg:col-span-2">
          <CardHeader>
            <CardTitle>{t('sections.overview')}</CardTitle>
          </CardHeader>
          <CardBody className="grid gap-x-6 gap-y-3 sm:grid-cols-2">
            <InlineField {...ctx} field="name" label={t('fields.name')} kind="text" />
            <InlineField {...ctx} field="amount" label={t('fields.amount')} kind="money" display={money(opp.amount)} />
            <InlineField {...ctx} field="businessCategoryId" label={t('fields.businessCategory')} kind="select" options={categories} />
            <InlineField
              {...ctx}
              field="regionScope"
              label={t('fields.regionScope')}
              kind="select"
              options={[
                { id: 'DOMESTIC', name: tt('filters.DOMESTIC') },
                { id: 'OVERSEAS', name: tt('filters.OVERSEAS') },
              ]}
            />
            <InlineField {...ctx} field="country" label={t('fields.country')} kind="text" display={formatCountry(opp.country, locale)} />
            <InlineField {...ctx} field="salesRegionId" label={t('fields.salesRegion')} kind="select" options={regions} />
            <InlineField
              {...ctx}
              field="expectedCloseDate"
              label={t('fields.expectedCloseDate')}
              kind="date"
              display={date(opp.expectedCloseDate)}
            />
            <InlineField
              {...ctx}
              field="proposalDueDate"
              label={t('fields.proposalDueDate')}
              kind="date"
              display={date(opp.proposalDueDate)}
            />
            <InlineField {...ctx} field="need" label={t('fields.need')} kind="textarea" wide />
          </CardBody>
        </Card>
        <div className="flex flex-col gap-4">
          <Card className={overdue ? 'border-rose-300' : undefined}>
            <CardHeader>
              <CardTitle>{t('sections.nextStep')}</CardTitle>
              {overdue ? <Badge tone="danger">{tt('card.overdue')}</Badge> : null}
            </CardHeader>
            <CardBody className="grid gap-3">
              <InlineField {...ctx} field="nextStep" label={t('fields.nextStep')} kind="text" />
              <InlineField
                {...ctx}
                field="nextStepDueDate"
                label={t('fields.nextStepDueDate')}
                kind="date"
                display={date(opp.nextStepDueDate)}
              />
            </CardBody>
          </Card>
          <Card>
            <CardHeader>
              <CardTitle>{t('sections.resources')}</CardTitle>
            </CardHeader>
            <CardBody className="grid gap-3">
              <InlineField {...ctx} field="resourcePersonMonths" label={t('fields.resourcePersonMonths')} kind="number" />
              <InlineField
                {...ctx}
                field="resourceBudget"
                label={t('fields.resourceBudget')}
                kind="money"
                display={money(opp.resourceBudget)}
              />
              <InlineField {...ctx} field="resourceDays" label={t('fields.resourceDays')} kind="number" />
            </CardBody>
          </Card>
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
        <Card className="lg:col-span-2">
          <CardHeader>
            <CardTitle>{t('sections.market')}</CardTitle>
          </CardHeader>
          <CardBody className="grid gap-3 sm:grid-cols-2">
            <InlineField {...ctx} field="marketPolitical" label={t('fields.marketPolitical')} kind="textarea" />
            <InlineField {...ctx} field="marketSocial" label={t('fields.marketSocial')} kind="textarea" />
            <InlineField {...ctx} field="marketCultural" label={t('fields.marketCultural')} kind="textarea" />
            <InlineField {...ctx} field="marketNotes" label={t('fields.marketNotes')} kind="textarea" />
          </CardBody>
        </Card>
        <Card>
          <CardHeader>
            <CardTitle>{t('sections.result')}</CardTitle>
          </CardHeader>
          <CardBody className="grid gap-3">
            <InlineField
              {...ctx}
              field="contractAmount"
              label={t('fields.contractAmount')}
              kind="money"
              display={money(opp.contractAmount)}
            />
            <InlineField
              {...ctx}
              field="lossType"
              label={t('fields.lossType')}
              kind="select"
              options={[
                { id: 'COMPETITOR', name: tt('lossType.COMPETITOR') },
                { id: 'NO_DECISION', name: tt('lossType.NO_DECISION') },
              ]}
            />
            {opp.lossType === 'COMPETITOR' ? (
              <InlineField {...ctx} field="lostToCompetitorId" label={t('fields.lostToCompetitor')} kind="select" options={competitors} />
            ) : null}
            <ReasonPicker
              label={t('fields.reasons')}
              options={opp.outcome === 'OPEN' ? reasons : kindReasons}
              value={opp.reasonIds}
              editable={editable}
              pending={pending}
              onSave={(ids) => save('reasonIds', t('fields.reasons'), ids)}
              kindLabel={(k) => tt(`outcome.${k}` as never)}
            />
          </CardBody>
        </Card>
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

function InlineField({
  field,
  label,
  kind,
  opp,
  display,
  options,
  wide,
  editable,
  pending,
  onSave,
}: {
  field: keyof OpportunityDto;
  label: string;
  kind: Kind;
  opp: OpportunityDto;
  display?: string;
  options?: Opt[];
  wide?: boolean;
  editable: boolean;
  pending: boolean;
  onSave: (field: string, label: string, v: unknown) => Promise<boolean>;
}) {
  const value = opp[field] as string | number | null;
  const tc = useTranslations('common');
  const t = useTranslations('opportunity');
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState('');
  const id = `f-${field}`;
  const shown =
    display ?? (kind === 'select' ? options?.find((o) => o.id === value)?.name : value === null || value === '' ? null : String(value));
  const commit = async () => {
    const v = draft.trim();
    const out = kind === 'number' ? (v === '' ? null : Number(v)) : v === '' ? null : v;
    if (await onSave(field, label, out)) setEditing(false);
  };
  if (!editing)
    return (
      <div className={wide ? 'sm:col-span-2' : undefined} data-testid={`field-${field}`}>
        <div className="text-xs font-medium text-slate-500">{label}</div>
        <div className="group flex items-start gap-1">
          <div
            className={`min-h-6 text-sm whitespace-pre-wrap ${shown ? 'text-slate-900' : 'text-slate-500'}`}
            data-testid={`value-${field}`}
          >
            {shown ?? t('empty')}
          </div>
          {editable ? (
            <button
              type="button"
              className="rounded p-0.5 text-slate-500 opacity-60 group-hover:opacity-100 hover:bg-slate-100 hover:text-slate-700 focus-visible:opacity-100"
              aria-label={t('edit', { field: label })}
              onClick={() => {
                setDraft(value === null ? '' : String(value));
                setEditing(true);
              }}
            >
              <Pencil className="size-3.5" aria-hidden />
            </button>
          ) : null}
        </div>
      </div>
    );
  const common = {
    id,
    value: draft,
    autoFocus: true,
    onChange: (e: React.ChangeEvent<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>) => setDraft(e.target.value),
    onKeyDown: (e: React.KeyboardEvent) => {
      if (e.key === 'Escape') setEditing(false);
      if (e.key === 'Enter' && kind !== 'textarea') {
        e.preventDefault();
        void commit();
      }
    },
  };
  return (
    <div className={wide ? 'sm:col-span-2' : undefined}>
      <Field label={label} htmlFor={id}>
        {kind === 'textarea' ? (
          <Textarea {...common} />
        ) : kind === 'select' ? (
          <Select {...common}>
            <option value="">—</option>
            {options?.map((o) => (
              <option key={o.id} value={o.id}>
                {o.name}
              </option>
            ))}
          </Select>
        ) : (
          <Input
            {...common}
            type={kind === 'date' ? 'date' : 'text'}
            inputMode={kind === 'money' || kind === 'number' ? 'decimal' : undefined}
          />
        )}
      </Field>
      <div className="mt-1 flex gap-1">
        <Button size="sm" onClick={() => void commit()} disabled={pending} aria-label={`${tc('save')}: ${label}`}>
          <Check className="size-3.5" aria-hidden />
          {tc('save')}
        </Button>
        <Button size="sm" variant="ghost" onClick={() => setEditing(false)}>
          <X className="size-3.5" aria-hidden />
          {tc('cancel')}
        </Button>
      </div>
    </div>
  );
}

function ReasonPicker({
  label,
  options,
  value,
  editable,
  pending,
  onSave,
  kindLabel,
}: {
  label: string;
  options: { id: string; kind: string; label: string }[];
  value: string[];
  editable: boolean;
  pending: boolean;
  onSave: (ids: string[]) => Promise<boolean>;
  kindLabel: (k: string) => string;
}) {
  const tc = useTranslations('common');
  const [draft, setDraft] = useState<string[] | null>(null);
  const cur = draft ?? value;
  return (
    <fieldset data-testid="reasons">
      <legend className="text-xs font-medium text-slate-500">{label}</legend>
      <div className="mt-1 flex flex-col gap-1">
        {options.map((o) => (
          <label key={o.id} className="inline-flex items-center gap-1.5 text-sm">
            <input
              type="checkbox"
              disabled={!editable}
              checked={cur.includes(o.id)}
              onChange={(e) => setDraft(e.target.checked ? [...cur, o.id] : cur.filter((x) => x !== o.id))}
            />
            <span className="text-xs text-slate-500">{kindLabel(o.kind)}</span> {o.label}
          </label>
        ))}
      </div>
      {draft ? (
        <Button
          size="sm"
          className="mt-2"
          disabled={pending}
          onClick={async () => {
            if (await onSave(draft)) setDraft(null);
          }}
        >
          {tc('save')}
        </Button>
      ) : null}
    </fieldset>
  );
}

function SnoozeForm({ opportunityId, onDone }: { opportunityId: string; onDone: (msg: string) => void }) {
  const t = useTranslations('tiers');
  const [error, setError] = useState<string | null>(null);
  const [pending, start] = useTransition();
  return (
    <Card>
      <CardHeader>
        <CardTitle>{t('snooze.title')}</CardTitle>
      </CardHeader>
      <CardBody>
        <form
          className="grid gap-2"
          onSubmit={(e) => {
            e.preventDefault();
            const f = new FormData(e.currentTarget);
            start(async () => {
              const r = await snoozeStallAction({ opportunityId, until: String(f.get('until')), reason: String(f.get('reason') ?? '') });
              if (r.ok) onDone(t('snooze.done', { date: r.data.stallSnoozedUntil ?? '' }));
              else setError(r.error);
            });
          }}
        >
          <p className="text-xs text-slate-500">{t('snooze.once')}</p>
          <FormError message={error} />
          <Field label={t('snooze.until')} htmlFor="snooze-until">
            <Input id="snooze-until" name="until" type="date" required />
          </Field>
          <Field label={t('snooze.reason')} htmlFor="snooze-reason">
            <Textarea id="snooze-reason" name="reason" required />
          </Field>
          <Button type="submit" variant="secondary" disabled={pending}>
            {t('snooze.submit')}
          </Button>
        </form>
      </CardBody>
    </Card>
  );
}
