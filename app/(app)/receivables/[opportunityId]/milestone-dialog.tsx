'use client';
import { useId, useState } from 'react';
import { useTranslations } from 'next-intl';
import { MILESTONE_KINDS, type MilestoneKind } from '@/lib/domain/receivables/rules';
import type { MilestoneView } from '@/lib/validation/receivables';
import type { ActionResult } from '@/lib/server/action';
import { Modal } from '@/components/modal';
import { FormActions } from '@/components/forms/form-actions';
import { DateInput, FormError, SelectField, TextInput } from '@/components/forms/field';
import { collectMilestoneAction, invoiceMilestoneAction, updateMilestoneAction } from '../actions';
import { useFormSubmit } from '@/components/forms/use-form-submit';

export type Mode = 'edit' | 'collect' | 'invoice';

// a collection and an invoice each record a total so far and its day
const PAYMENT = {
  collect: { amount: 'collectedAmount', amountLabel: 'collectedTotal', hint: 'collectHint', on: 'collectedOn' },
  invoice: { amount: 'invoicedAmount', amountLabel: 'invoicedTotal', hint: 'invoiceHint', on: 'invoicedOn' },
} as const;

/** A milestone's kind, amount and due date: the schedule's add form and the edit dialog. */
export function MilestoneFields({
  uid,
  errors,
  kind,
  amount,
  dueDate,
  required,
  autoFocus,
}: {
  uid: string;
  errors?: Record<string, string[]>;
  kind: MilestoneKind;
  amount?: string;
  dueDate?: string;
  required?: boolean;
  autoFocus?: boolean;
}) {
  const t = useTranslations('receivables');
  return (
    <>
      <SelectField
        id={`${uid}-kind`}
        name="kind"
        label={t('schedule.kind')}
        defaultValue={kind}
        options={MILESTONE_KINDS.map((k) => [k, t(`kind.${k}`)] as const)}
      />
      <TextInput
        id={`${uid}-amount`}
        name="amount"
        label={t('schedule.amount')}
        inputMode="decimal"
        defaultValue={amount}
        required={required}
        errors={errors}
        data-autofocus={autoFocus || undefined}
      />
      <DateInput
        id={`${uid}-due`}
        name="dueDate"
        label={t('schedule.dueDate')}
        defaultValue={dueDate}
        required={required}
        errors={errors}
      />
    </>
  );
}

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
  const [error, setError] = useState<{ message: string; fields?: Record<string, string[]> } | null>(null);
  const { pending, onSubmit: submit } = useFormSubmit(async (fd) => {
    const s = (k: string) => String(fd.get(k) ?? '');
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
          <MilestoneFields uid={uid} errors={error?.fields} kind={m.kind} amount={m.amount} dueDate={m.dueDate} autoFocus />
        ) : (
          <>
            <TextInput
              id={`${uid}-${PAYMENT[mode].amount}`}
              name={PAYMENT[mode].amount}
              label={t(`schedule.${PAYMENT[mode].amountLabel}`)}
              description={t(`schedule.${PAYMENT[mode].hint}`)}
              inputMode="decimal"
              defaultValue={m.invoicedAmount ?? m.amount}
              errors={error?.fields}
              data-autofocus
            />
            <DateInput
              id={`${uid}-${PAYMENT[mode].on}`}
              name={PAYMENT[mode].on}
              label={t(`schedule.${PAYMENT[mode].on}`)}
              defaultValue={today}
              max={today}
              errors={error?.fields}
            />
          </>
        )}
        <FormActions onCancel={onClose} cancelLabel={t('schedule.cancel')} cancelVariant="ghost" pending={pending} size="sm">
          {mode === 'collect' ? t('schedule.collectSubmit') : mode === 'invoice' ? t('schedule.invoiceSubmit') : t('schedule.save')}
        </FormActions>
      </form>
    </Modal>
  );
}
