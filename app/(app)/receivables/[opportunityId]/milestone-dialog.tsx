'use client';
import { useId, useState, useTransition } from 'react';
import { useTranslations } from 'next-intl';
import { MILESTONE_KINDS, type MilestoneKind } from '@/lib/domain/receivables/rules';
import type { MilestoneView } from '@/lib/validation/receivables';
import type { ActionResult } from '@/lib/server/action';
import { Modal } from '@/components/modal';
import { Button } from '@/components/ui/button';
import { Input, Select } from '@/components/ui/input';
import { Field, FormError } from '@/components/forms/field';
import { collectMilestoneAction, invoiceMilestoneAction, updateMilestoneAction } from '../actions';

export type Mode = 'edit' | 'collect' | 'invoice';

// One milestone's edit / invoice / collect form in a dialog. Collections and invoices are totals so
// far (collected ≤ invoiced ≤ amount, checked by the commands); a stale version is reported as a conflict.
export function MilestoneDialog({
  m,
  mode,
  label,
  today,
  onClose,
  onDone,
}: {
  m: MilestoneView;
  mode: Mode;
  label: string;
  today: string;
  onClose: () => void;
  onDone: (message: string) => void;
}) {
  const t = useTranslations('receivables');
  const uid = useId();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<{ message: string; fields?: Record<string, string[]> } | null>(null);
  const fe = (name: string) => error?.fields?.[name];
  const submit = (e: React.FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const fd = new FormData(e.currentTarget);
    const s = (k: string) => String(fd.get(k) ?? '');
    startTransition(async () => {
      const base = { id: m.id, version: m.version };
      const r: ActionResult<unknown> =
        mode === 'edit'
          ? await updateMilestoneAction({ ...base, kind: s('kind') as MilestoneKind, amount: s('amount'), dueDate: s('dueDate') })
          : mode === 'collect'
            ? await collectMilestoneAction({ ...base, collectedAmount: s('collectedAmount'), collectedOn: s('collectedOn') })
            : await invoiceMilestoneAction({ ...base, invoicedAmount: s('invoicedAmount'), invoicedOn: s('invoicedOn') });
      if (r.ok)
        return onDone(t(mode === 'edit' ? 'schedule.saved' : mode === 'collect' ? 'schedule.collectedSaved' : 'schedule.invoicedSaved'));
      setError({ message: r.code === 'CONFLICT' ? t('schedule.conflict') : r.error, fields: r.fieldErrors });
    });
  };
  const title =
    mode === 'collect'
      ? t('schedule.collectTitle', { kind: label })
      : mode === 'invoice'
        ? t('schedule.invoiceTitle', { kind: label })
        : `${t('schedule.edit')}: ${label}`;
  return (
    <Modal open onClose={onClose} title={title} testId={`milestone-${mode}-dialog`}>
      <form onSubmit={submit} noValidate className="flex flex-col gap-3" aria-label={title}>
        <FormError message={error?.message} />
        {mode === 'edit' ? (
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
                data-autofocus
              />
            </Field>
            <Field label={t('schedule.dueDate')} htmlFor={`${uid}-due`} errors={fe('dueDate')}>
              <Input id={`${uid}-due`} name="dueDate" type="date" defaultValue={m.dueDate} aria-invalid={!!fe('dueDate')} />
            </Field>
          </>
        ) : mode === 'collect' ? (
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
                defaultValue={m.invoicedAmount ?? m.amount}
                aria-invalid={!!fe('collectedAmount')}
                data-autofocus
              />
            </Field>
            <Field label={t('schedule.collectedOn')} htmlFor={`${uid}-on`} errors={fe('collectedOn')}>
              <Input id={`${uid}-on`} name="collectedOn" type="date" defaultValue={today} max={today} aria-invalid={!!fe('collectedOn')} />
            </Field>
          </>
        ) : (
          <>
            <Field
              label={t('schedule.invoicedTotal')}
              htmlFor={`${uid}-invoiced`}
              errors={fe('invoicedAmount')}
              hint={t('schedule.invoiceHint')}
            >
              <Input
                id={`${uid}-invoiced`}
                name="invoicedAmount"
                inputMode="decimal"
                defaultValue={m.invoicedAmount ?? m.amount}
                aria-invalid={!!fe('invoicedAmount')}
                data-autofocus
              />
            </Field>
            <Field label={t('schedule.invoicedOn')} htmlFor={`${uid}-inv-on`} errors={fe('invoicedOn')}>
              <Input
                id={`${uid}-inv-on`}
                name="invoicedOn"
                type="date"
                defaultValue={today}
                max={today}
                aria-invalid={!!fe('invoicedOn')}
              />
            </Field>
          </>
        )}
        <div className="flex justify-end gap-2">
          <Button type="button" size="sm" variant="ghost" onClick={onClose}>
            {t('schedule.cancel')}
          </Button>
          <Button type="submit" size="sm" disabled={pending}>
            {mode === 'collect' ? t('schedule.collectSubmit') : mode === 'invoice' ? t('schedule.invoiceSubmit') : t('schedule.save')}
          </Button>
        </div>
      </form>
    </Modal>
  );
}
