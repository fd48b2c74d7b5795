'use client';
import { useId, useState, useTransition } from 'react';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { EMPTY, formatDate, formatKrw } from '@/lib/domain/format';
import { MILESTONE_KINDS, type MilestoneKind } from '@/lib/domain/receivables/rules';
import type { MilestoneView } from '@/lib/validation/receivables';
import type { ActionResult } from '@/lib/server/action';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { EmptyState } from '@/components/ui/empty-state';
import { Input, Select } from '@/components/ui/input';
import { Field, FormError } from '@/components/forms/field';
import { addMilestoneAction, collectMilestoneAction, deleteMilestoneAction, updateMilestoneAction } from '../actions';
import { STATUS_TONE } from '../labels';

type Panel = { id: string; mode: 'edit' | 'collect' } | null;

/** The schedule table with inline edit / collect / delete and an "add" form (keyboard: plain buttons and inputs). */
export function ScheduleEditor({
  opportunityId,
  milestones,
  editable,
  locale,
  today,
}: {
  opportunityId: string;
  milestones: MilestoneView[];
  editable: boolean;
  locale: 'ko' | 'en';
  today: string;
}) {
  const t = useTranslations('receivables');
  const router = useRouter();
  const uid = useId();
  const [panel, setPanel] = useState<Panel>(null);
  const [error, setError] = useState<{ message: string; fields?: Record<string, string[]> } | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();

  const run = <T,>(call: () => Promise<ActionResult<T>>, done: string) =>
    startTransition(async () => {
      setError(null);
      setNotice(null);
      const r = await call();
      if (r.ok) {
        setPanel(null);
        setNotice(done);
      } else {
        setError({ message: r.code === 'CONFLICT' ? t('schedule.conflict') : r.error, fields: r.fieldErrors });
        if (r.code !== 'CONFLICT') return;
      }
      router.refresh();
    });
  const kindLabel = (m: Pick<MilestoneView, 'kind' | 'sequence'>) => `${t(`kind.${m.kind}`)}${m.sequence > 1 ? ` ${m.sequence}` : ''}`;
  const fe = (name: string) => error?.fields?.[name];

  const onAdd = (e: React.FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const fd = new FormData(e.currentTarget);
    const form = e.currentTarget;
    run(async () => {
      const r = await addMilestoneAction({
        opportunityId,
        kind: String(fd.get('kind')) as MilestoneKind,
        amount: String(fd.get('amount') ?? ''),
        dueDate: String(fd.get('dueDate') ?? ''),
      });
      if (r.ok) form.reset();
      return r;
    }, t('schedule.added'));
  };

  return (
    <section aria-labelledby={`${uid}-title`} className="flex flex-col gap-4">
      <h2 id={`${uid}-title`} className="text-base font-semibold text-slate-900">
        {t('schedule.title')}
      </h2>
      <FormError message={error?.message} />
      {notice ? (
        <p role="status" className="text-sm text-emerald-700">
          {notice}
        </p>
      ) : null}
      {milestones.length === 0 ? (
        <EmptyState title={t('schedule.empty')} />
      ) : (
        <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white shadow-sm">
          <table className="w-full text-sm" data-testid="schedule-table">
            <caption className="sr-only">{t('schedule.caption')}</caption>
            <thead className="bg-slate-50 text-left text-xs font-medium text-slate-500">
              <tr>
                <th scope="col" className="px-3 py-2">
                  {t('schedule.kind')}
                </th>
                <th scope="col" className="px-3 py-2 text-right">
                  {t('schedule.amount')}
                </th>
                <th scope="col" className="px-3 py-2">
                  {t('schedule.dueDate')}
                </th>
                <th scope="col" className="px-3 py-2 text-right">
                  {t('schedule.collected')}
                </th>
                <th scope="col" className="px-3 py-2">
                  {t('schedule.status')}
                </th>
                {editable ? (
                  <th scope="col" className="px-3 py-2">
                    {t('schedule.actions')}
                  </th>
                ) : null}
              </tr>
            </thead>
            <tbody>
              {milestones.map((m) => (
                <MilestoneRow
                  key={m.id}
                  m={m}
                  label={kindLabel(m)}
                  editable={editable}
                  locale={locale}
                  today={today}
                  panel={panel?.id === m.id ? panel.mode : null}
                  pending={pending}
                  setPanel={(mode) => {
                    setError(null);
                    setPanel(mode ? { id: m.id, mode } : null);
                  }}
                  fe={fe}
                  onSave={(patch) => run(() => updateMilestoneAction({ id: m.id, version: m.version, ...patch }), t('schedule.saved'))}
                  onCollect={(c) => run(() => collectMilestoneAction({ id: m.id, version: m.version, ...c }), t('schedule.collectedSaved'))}
                  onDelete={() => {
                    if (window.confirm(t('schedule.confirmDelete', { kind: kindLabel(m), amount: formatKrw(m.amount, locale) })))
                      run(() => deleteMilestoneAction({ id: m.id, version: m.version }), t('schedule.deleted'));
                  }}
                />
              ))}
            </tbody>
          </table>
        </div>
      )}
      {editable ? (
        <form
          onSubmit={onAdd}
          noValidate
          className="flex flex-wrap items-end gap-3 rounded-lg border border-slate-200 bg-white p-4"
          aria-labelledby={`${uid}-add`}
          data-testid="milestone-add-form"
        >
          <h3 id={`${uid}-add`} className="w-full text-sm font-semibold text-slate-900">
            {t('schedule.add')}
          </h3>
          <Field label={t('schedule.kind')} htmlFor={`${uid}-kind`}>
            <Select
              id={`${uid}-kind`}
              name="kind"
              defaultValue={MILESTONE_KINDS[milestones.length === 0 ? 0 : milestones.length === 1 ? 1 : 2]}
            >
              {MILESTONE_KINDS.map((k) => (
                <option key={k} value={k}>
                  {t(`kind.${k}`)}
                </option>
              ))}
            </Select>
          </Field>
          <Field label={t('schedule.amount')} htmlFor={`${uid}-amount`} errors={panel ? undefined : fe('amount')}>
            <Input id={`${uid}-amount`} name="amount" inputMode="decimal" required aria-invalid={!panel && !!fe('amount')} />
          </Field>
          <Field label={t('schedule.dueDate')} htmlFor={`${uid}-due`} errors={panel ? undefined : fe('dueDate')}>
            <Input id={`${uid}-due`} name="dueDate" type="date" required aria-invalid={!panel && !!fe('dueDate')} />
          </Field>
          <Button type="submit" disabled={pending}>
            {pending ? t('schedule.adding') : t('schedule.add')}
          </Button>
        </form>
      ) : null}
    </section>
  );
}

function MilestoneRow({
  m,
  label,
  editable,
  locale,
  today,
  panel,
  pending,
  setPanel,
  fe,
  onSave,
  onCollect,
  onDelete,
}: {
  m: MilestoneView;
  label: string;
  editable: boolean;
  locale: 'ko' | 'en';
  today: string;
  panel: 'edit' | 'collect' | null;
  pending: boolean;
  setPanel: (mode: 'edit' | 'collect' | null) => void;
  fe: (name: string) => string[] | undefined;
  onSave: (patch: { kind: MilestoneKind; amount: string; dueDate: string }) => void;
  onCollect: (c: { collectedAmount: string; collectedOn: string }) => void;
  onDelete: () => void;
}) {
  const t = useTranslations('receivables');
  const uid = useId();
  const submit = (e: React.FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const fd = new FormData(e.currentTarget);
    if (panel === 'edit')
      onSave({
        kind: String(fd.get('kind')) as MilestoneKind,
        amount: String(fd.get('amount') ?? ''),
        dueDate: String(fd.get('dueDate') ?? ''),
      });
    else onCollect({ collectedAmount: String(fd.get('collectedAmount') ?? ''), collectedOn: String(fd.get('collectedOn') ?? '') });
  };
  return (
    <>
      <tr className="border-t border-slate-100" data-testid="milestone-row">
        <th scope="row" className="px-3 py-2 text-left font-medium">
          {label}
        </th>
        <td className="tabular px-3 py-2 text-right">{formatKrw(m.amount, locale)}</td>
        <td className="px-3 py-2 whitespace-nowrap">{formatDate(m.dueDate, locale)}</td>
        <td className="tabular px-3 py-2 text-right">
          {m.collectedAmount ? formatKrw(m.collectedAmount, locale) : EMPTY}
          {m.collectedAt ? <span className="block text-xs text-slate-500">{formatDate(new Date(m.collectedAt), locale)}</span> : null}
        </td>
        <td className="px-3 py-2 whitespace-nowrap">
          <Badge tone={STATUS_TONE[m.status]}>
            {m.status === 'OVERDUE' ? t('overdueDays', { days: m.daysOverdue }) : t(`status.${m.status}`)}
          </Badge>
        </td>
        {editable ? (
          <td className="px-3 py-2">
            <div className="flex flex-wrap gap-1">
              <Button
                size="sm"
                variant="secondary"
                aria-expanded={panel === 'collect'}
                aria-label={`${t('schedule.collect')}: ${label}`}
                onClick={() => setPanel(panel === 'collect' ? null : 'collect')}
              >
                {t('schedule.collect')}
              </Button>
              <Button
                size="sm"
                variant="ghost"
                aria-expanded={panel === 'edit'}
                aria-label={`${t('schedule.edit')}: ${label}`}
                onClick={() => setPanel(panel === 'edit' ? null : 'edit')}
              >
                {t('schedule.edit')}
              </Button>
              <Button size="sm" variant="ghost" aria-label={`${t('schedule.delete')}: ${label}`} onClick={onDelete} disabled={pending}>
                {t('schedule.delete')}
              </Button>
            </div>
          </td>
        ) : null}
      </tr>
      {panel ? (
        <tr className="bg-slate-50">
          <td colSpan={6} className="px-3 py-3">
            <form
              onSubmit={submit}
              noValidate
              className="flex flex-wrap items-end gap-3"
              aria-label={panel === 'collect' ? t('schedule.collectTitle', { kind: label }) : `${t('schedule.edit')}: ${label}`}
            >
              {panel === 'edit' ? (
                <>
                  <Field label={t('schedule.kind')} htmlFor={`${uid}-kind`}>
                    <Select id={`${uid}-kind`} name="kind" defaultValue={m.kind}>
                      {MILESTONE_KINDS.map((k) => (
                        <option key={k} value={k}>
                          {t(`kind.${k}`)}
                        </option>
                      ))}
                    </Select>
                  </Field>
                  <Field label={t('schedule.amount')} htmlFor={`${uid}-amount`} errors={fe('amount')}>
                    <Input
                      id={`${uid}-amount`}
                      name="amount"
                      inputMode="decimal"
                      defaultValue={m.amount}
                      aria-invalid={!!fe('amount')}
                      autoFocus
                    />
                  </Field>
                  <Field label={t('schedule.dueDate')} htmlFor={`${uid}-due`} errors={fe('dueDate')}>
                    <Input id={`${uid}-due`} name="dueDate" type="date" defaultValue={m.dueDate} aria-invalid={!!fe('dueDate')} />
                  </Field>
                  <Button type="submit" size="sm" disabled={pending}>
                    {t('schedule.save')}
                  </Button>
                </>
              ) : (
                <>
                  <Field
                    label={t('schedule.collectedTotal')}
                    htmlFor={`${uid}-collected`}
                    errors={fe('collectedAmount')}
                    hint={t('schedule.collectHint')}
                  >
                    <Input
                      id={`${uid}-collected`}
                      name="collectedAmount"
                      inputMode="decimal"
                      defaultValue={m.amount}
                      aria-invalid={!!fe('collectedAmount')}
                      autoFocus
                    />
                  </Field>
                  <Field label={t('schedule.collectedOn')} htmlFor={`${uid}-on`} errors={fe('collectedOn')}>
                    <Input
                      id={`${uid}-on`}
                      name="collectedOn"
                      type="date"
                      defaultValue={today}
                      max={today}
                      aria-invalid={!!fe('collectedOn')}
                    />
                  </Field>
                  <Button type="submit" size="sm" disabled={pending}>
                    {t('schedule.collectSubmit')}
                  </Button>
                </>
              )}
              <Button size="sm" variant="ghost" onClick={() => setPanel(null)}>
                {t('schedule.cancel')}
              </Button>
            </form>
          </td>
        </tr>
      ) : null}
    </>
  );
}
