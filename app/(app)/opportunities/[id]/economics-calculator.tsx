'use client';
import { useId, useState, useTransition } from 'react';
import { useTranslations } from 'next-intl';
import { Button } from '@/components/ui/button';
import { Input, Select } from '@/components/ui/input';
import { FormError } from '@/components/forms/field';
import type { ActionResult } from '@/lib/server/action';
import { computeEconomics, defaultRate, type LaborGrade, type MilestoneKind } from '@/lib/domain/vrb';
import { formatKrw } from '@/lib/domain/format/money';

// The deal-economics (ROI) calculator on the opportunity (SPEC §4, issue #11). It recomputes as the
// rep types with THE calculator the server uses (lib/domain/vrb/economics.ts), warns under the margin
// floor right here, and saves through the same command as PUT /api/v1/opportunities/{id}/economics.

type Labor = { grade: string; personMonths: string; monthlyRate: string };
type Term = { kind: MilestoneKind; percent: string; dueOffsetDays: string };
export type EconomicsValue = {
  contractPrice: string;
  hardwareCost: string;
  softwareLicenseCost: string;
  labor: Labor[];
  subcontractCost: string;
  otherCost: string;
  contingency: string;
  contingencyPct: number | null;
  paymentSchedule: { kind: MilestoneKind; percent: number; dueOffsetDays: number | null }[];
  version: number;
};
type SaveInput = Omit<EconomicsValue, 'paymentSchedule' | 'contingencyPct'> & {
  opportunityId: string;
  contingencyPct: number | null;
  paymentSchedule: { kind: MilestoneKind; percent: number; dueOffsetDays: number }[];
};

const trimZeros = (s: string) => s.replace(/\.00$/, '');
const KINDS: MilestoneKind[] = ['DOWN_PAYMENT', 'INTERIM', 'BALANCE'];

export function EconomicsCalculator({
  opportunityId,
  initial,
  grades,
  floorPct,
  editable,
  save,
}: {
  opportunityId: string;
  initial: EconomicsValue;
  grades: LaborGrade[];
  floorPct: number;
  editable: boolean;
  save: (input: SaveInput) => Promise<ActionResult<{ version: number }>>;
}) {
  const t = useTranslations('vrb.economics');
  const tm = useTranslations('vrb.milestone');
  const id = useId();
  const [v, setV] = useState({
    contractPrice: trimZeros(initial.contractPrice),
    hardwareCost: trimZeros(initial.hardwareCost),
    softwareLicenseCost: trimZeros(initial.softwareLicenseCost),
    subcontractCost: trimZeros(initial.subcontractCost),
    otherCost: trimZeros(initial.otherCost),
    contingency: trimZeros(initial.contingency),
  });
  const [contPct, setContPct] = useState(initial.contingencyPct === null ? '' : String(initial.contingencyPct));
  const [labor, setLabor] = useState<Labor[]>(
    initial.labor.map((l) => ({ ...l, personMonths: trimZeros(l.personMonths), monthlyRate: trimZeros(l.monthlyRate) })),
  );
  const [terms, setTerms] = useState<Term[]>(
    initial.paymentSchedule.length
      ? initial.paymentSchedule.map((p) => ({ kind: p.kind, percent: String(p.percent), dueOffsetDays: String(p.dueOffsetDays ?? '') }))
      : KINDS.map((kind) => ({ kind, percent: '', dueOffsetDays: '' })),
  );
  const [version, setVersion] = useState(initial.version);
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const [pending, start] = useTransition();

  const usedTerms = terms.filter((x) => x.percent.trim() !== '');
  const input = {
    ...v,
    contractPrice: v.contractPrice || '0',
    hardwareCost: v.hardwareCost || '0',
    softwareLicenseCost: v.softwareLicenseCost || '0',
    subcontractCost: v.subcontractCost || '0',
    otherCost: v.otherCost || '0',
    contingency: v.contingency || '0',
    contingencyPct: contPct.trim() === '' ? null : Number(contPct),
    labor: labor.map((l) => ({ grade: l.grade, personMonths: l.personMonths || '0', monthlyRate: l.monthlyRate || '0' })),
    paymentSchedule: usedTerms.map((x) => ({
      kind: x.kind,
      percent: Number(x.percent),
      dueOffsetDays: x.dueOffsetDays === '' ? null : Number(x.dueOffsetDays),
    })),
  };
  // cheap (bigint sums over a few rows): recomputed on every keystroke
  const result = computeEconomics(input);
  const e = result.ok ? result.value : null;
  const below = e && e.marginPct !== null && e.marginPct < floorPct;
  const pct = (p: number | null) => (p === null ? '–' : `${p}%`);

  const amountField = (key: keyof typeof v, label: string) => (
    <label className="flex flex-col gap-1 text-sm" htmlFor={`${id}-${key}`}>
      <span className="font-medium text-slate-700">{label}</span>
      <Input
        id={`${id}-${key}`}
        inputMode="decimal"
        value={v[key]}
        disabled={!editable}
        onChange={(ev) => {
          setSaved(false);
          setV({ ...v, [key]: ev.target.value });
        }}
      />
    </label>
  );

  const onSave = () =>
    start(async () => {
      setError(null);
      const r = await save({
        opportunityId,
        ...input,
        version,
        paymentSchedule: input.paymentSchedule.map((p) => ({ ...p, dueOffsetDays: p.dueOffsetDays ?? 0 })),
      } as SaveInput);
      if (r.ok) {
        setVersion(r.data.version);
        setSaved(true);
      } else setError(r.error);
    });

  return (
    <section aria-labelledby={`${id}-title`} className="flex flex-col gap-4" data-testid="economics-calculator">
      <h3 id={`${id}-title`} className="sr-only">
        {t('title')}
      </h3>
      <div className="grid gap-3 md:grid-cols-3">
        {amountField('contractPrice', t('contractPrice'))}
        {amountField('hardwareCost', t('hardwareCost'))}
        {amountField('softwareLicenseCost', t('softwareLicenseCost'))}
        {amountField('subcontractCost', t('subcontractCost'))}
        {amountField('otherCost', t('otherCost'))}
        {contPct.trim() === '' ? amountField('contingency', t('contingency')) : null}
        <label className="flex flex-col gap-1 text-sm" htmlFor={`${id}-contPct`}>
          <span className="font-medium text-slate-700">{t('contingencyPct')}</span>
          <Input
            id={`${id}-contPct`}
            inputMode="decimal"
            value={contPct}
            disabled={!editable}
            onChange={(ev) => setContPct(ev.target.value)}
          />
        </label>
      </div>

      <fieldset className="flex flex-col gap-2">
        <legend className="text-sm font-semibold text-slate-900">{t('labor')}</legend>
        {labor.map((l, i) => (
          <div key={i} className="grid grid-cols-[1fr_1fr_1fr_auto] items-end gap-2">
            <label className="flex flex-col gap-1 text-xs" htmlFor={`${id}-g${i}`}>
              <span>{t('grade')}</span>
              <Select
                id={`${id}-g${i}`}
                value={l.grade}
                disabled={!editable}
                onChange={(ev) => {
                  const grade = ev.target.value;
                  const next = [...labor];
                  next[i] = { ...l, grade, monthlyRate: l.monthlyRate || trimZeros(defaultRate(grades, grade) ?? '') };
                  setLabor(next);
                }}
              >
                {grades.map((g) => (
                  <option key={g.grade} value={g.grade}>
                    {g.grade}
                  </option>
                ))}
              </Select>
            </label>
            <label className="flex flex-col gap-1 text-xs" htmlFor={`${id}-pm${i}`}>
              <span>{t('personMonths')}</span>
              <Input
                id={`${id}-pm${i}`}
                inputMode="decimal"
                value={l.personMonths}
                disabled={!editable}
                onChange={(ev) => setLabor(labor.map((x, j) => (j === i ? { ...x, personMonths: ev.target.value } : x)))}
              />
            </label>
            <label className="flex flex-col gap-1 text-xs" htmlFor={`${id}-r${i}`}>
              <span>{t('monthlyRate')}</span>
              <Input
                id={`${id}-r${i}`}
                inputMode="decimal"
                value={l.monthlyRate}
                disabled={!editable}
                onChange={(ev) => setLabor(labor.map((x, j) => (j === i ? { ...x, monthlyRate: ev.target.value } : x)))}
              />
            </label>
            {editable ? (
              <Button
                type="button"
                variant="secondary"
                onClick={() => setLabor(labor.filter((_, j) => j !== i))}
                aria-label={t('removeLabor', { n: i + 1 })}
              >
                ×
              </Button>
            ) : null}
          </div>
        ))}
        {editable ? (
          <Button
            type="button"
            variant="secondary"
            className="self-start"
            onClick={() =>
              setLabor([
                ...labor,
                { grade: grades[0]?.grade ?? '', personMonths: '', monthlyRate: trimZeros(grades[0]?.monthlyRate ?? '') },
              ])
            }
          >
            {t('addLabor')}
          </Button>
        ) : null}
      </fieldset>

      <fieldset className="flex flex-col gap-2">
        <legend className="text-sm font-semibold text-slate-900">{t('paymentSchedule')}</legend>
        {terms.map((x, i) => (
          <div key={x.kind} className="grid grid-cols-[8rem_1fr_1fr] items-end gap-2">
            <span className="text-sm text-slate-700">{tm(x.kind)}</span>
            <label className="flex flex-col gap-1 text-xs" htmlFor={`${id}-p${i}`}>
              <span>{t('percentOf', { kind: tm(x.kind) })}</span>
              <Input
                id={`${id}-p${i}`}
                inputMode="decimal"
                value={x.percent}
                disabled={!editable}
                onChange={(ev) => setTerms(terms.map((y, j) => (j === i ? { ...y, percent: ev.target.value } : y)))}
              />
            </label>
            <label className="flex flex-col gap-1 text-xs" htmlFor={`${id}-d${i}`}>
              <span>{t('offsetOf', { kind: tm(x.kind) })}</span>
              <Input
                id={`${id}-d${i}`}
                inputMode="numeric"
                value={x.dueOffsetDays}
                disabled={!editable}
                onChange={(ev) => setTerms(terms.map((y, j) => (j === i ? { ...y, dueOffsetDays: ev.target.value } : y)))}
              />
            </label>
          </div>
        ))}
      </fieldset>

      <dl
        className="grid grid-cols-2 gap-2 rounded-md bg-slate-50 p-3 text-sm md:grid-cols-4"
        aria-live="polite"
        data-testid="economics-result"
      >
        <div>
          <dt className="text-slate-600">{t('totalCost')}</dt>
          <dd className="font-medium tabular-nums">{e ? formatKrw(e.totalCost) : '–'}</dd>
        </div>
        <div>
          <dt className="text-slate-600">{t('grossProfit')}</dt>
          <dd className="font-medium tabular-nums">{e ? formatKrw(e.grossProfit) : '–'}</dd>
        </div>
        <div>
          <dt className="text-slate-600">{t('marginPct')}</dt>
          <dd className="font-medium tabular-nums" data-testid="economics-margin">
            {e ? pct(e.marginPct) : '–'}
          </dd>
        </div>
        <div>
          <dt className="text-slate-600">{t('roiPct')}</dt>
          <dd className="font-medium tabular-nums">{e ? pct(e.roiPct) : '–'}</dd>
        </div>
      </dl>
      {!result.ok ? (
        <p role="alert" className="text-sm text-red-700">
          {t(`invalid.${result.error.reason}`, { field: result.error.field })}
        </p>
      ) : null}
      {below ? (
        <p role="alert" className="rounded-md border border-amber-300 bg-amber-50 p-2 text-sm text-amber-900" data-testid="margin-warning">
          {t('belowFloor', { margin: e!.marginPct!, floor: floorPct })}
        </p>
      ) : null}
      <FormError message={error} />
      {editable ? (
        <div className="flex items-center gap-3">
          <Button type="button" onClick={onSave} disabled={pending || !result.ok}>
            {t('save')}
          </Button>
          {saved ? (
            <span role="status" className="text-sm text-emerald-700">
              {t('saved')}
            </span>
          ) : null}
        </div>
      ) : null}
    </section>
  );
}
