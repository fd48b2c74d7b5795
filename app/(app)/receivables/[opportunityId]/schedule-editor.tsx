'use client';
import { useId, useState, useTransition } from 'react';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { formatKrw } from '@/lib/domain/format';
import { MILESTONE_KINDS, type MilestoneKind } from '@/lib/domain/receivables/rules';
import type { MilestoneView } from '@/lib/validation/receivables';
import type { ActionResult } from '@/lib/server/action';
import { DataTable } from '@/components/data-table';
import { Button } from '@/components/ui/button';
import { FormError } from '@/components/forms/field';
import { addMilestoneAction, deleteMilestoneAction } from '../actions';
import { milestoneLabel, scheduleColumns } from './schedule-columns';
import { MilestoneDialog, MilestoneFields, type Mode } from './milestone-dialog';

/** The schedule table (DataTable) with edit / invoice / collect dialogs, delete, and an "add" form. */
export function ScheduleEditor({
  opportunityId,
  milestones,
  editable,
  collectable,
  locale,
  today,
}: {
  opportunityId: string;
  milestones: MilestoneView[];
  editable: boolean;
  collectable: boolean;
  locale: 'ko' | 'en';
  today: string;
}) {
  const t = useTranslations('receivables');
  const router = useRouter();
  const uid = useId();
  const [open, setOpen] = useState<{ m: MilestoneView; mode: Mode } | null>(null);
  const [error, setError] = useState<{ message: string; fields?: Record<string, string[]> } | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();

  const run = <T,>(call: () => Promise<ActionResult<T>>, done: string) =>
    startTransition(async () => {
      setError(null);
      setNotice(null);
      const r = await call();
      if (r.ok) setNotice(done);
      else {
        setError({ message: r.code === 'CONFLICT' ? t('schedule.conflict') : r.error, fields: r.fieldErrors });
        if (r.code !== 'CONFLICT') return;
      }
      router.refresh();
    });

  const actions =
    editable || collectable
      ? (m: MilestoneView) => {
          const label = milestoneLabel(t, m);
          // opens the milestone's dialog in one mode; named with the milestone
          const openButton = (mode: Mode) => (
            <Button
              size="sm"
              variant={mode === 'collect' ? 'secondary' : 'ghost'}
              aria-label={`${t(`schedule.${mode}`)}: ${label}`}
              onClick={() => setOpen({ m, mode })}
            >
              {t(`schedule.${mode}`)}
            </Button>
          );
          return (
            <div className="flex flex-wrap gap-1">
              {openButton('collect')}
              {openButton('invoice')}
              {editable ? (
                <>
                  {openButton('edit')}
                  <Button
                    size="sm"
                    variant="ghost"
                    aria-label={`${t('schedule.delete')}: ${label}`}
                    disabled={pending}
                    onClick={() => {
                      if (window.confirm(t('schedule.confirmDelete', { kind: label, amount: formatKrw(m.amount, locale) })))
                        run(() => deleteMilestoneAction({ id: m.id, version: m.version }), t('schedule.deleted'));
                    }}
                  >
                    {t('schedule.delete')}
                  </Button>
                </>
              ) : null}
            </div>
          );
        }
      : undefined;
  // rebuilt each render: the row buttons close over the pending state
  const columns = scheduleColumns(t, locale, milestones, actions);

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
      {open ? null : <FormError message={error?.message} />}
      {notice ? (
        <p role="status" className="text-sm text-emerald-700">
          {notice}
        </p>
      ) : null}
      <DataTable
        caption={t('schedule.caption')}
        columns={columns}
        data={milestones}
        testId="schedule-table"
        rowTestId="milestone-row"
        maxHeight="none"
        hideColumnMenu
        empty={{ title: t('schedule.empty') }}
      />
      {open ? (
        <MilestoneDialog
          m={open.m}
          mode={open.mode}
          label={milestoneLabel(t, open.m)}
          today={today}
          onClose={() => setOpen(null)}
          onDone={(message) => {
            setOpen(null);
            setNotice(message);
            router.refresh();
          }}
        />
      ) : null}
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
          <MilestoneFields uid={uid} errors={error?.fields} kind={MILESTONE_KINDS[Math.min(milestones.length, 2)]!} required />
          <Button type="submit" disabled={pending}>
            {pending ? t('schedule.adding') : t('schedule.add')}
          </Button>
        </form>
      ) : null}
    </section>
  );
}
