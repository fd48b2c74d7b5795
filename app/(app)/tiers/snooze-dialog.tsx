'use client';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { addDays, koreaToday } from '@/lib/domain/time/korea';
import type { BoardCardData as BoardCard } from '@/lib/domain/tiers/board-codec';
import { FormActions } from '@/components/forms/form-actions';
import { Input, Textarea } from '@/components/ui/input';
import { Field, FormError } from '@/components/forms/field';
import { snoozeStallAction } from './actions';
import { Modal } from '@/components/modal';
import { useFormSubmit } from '@/components/forms/use-form-submit';

/** Snooze a stalled card's flag from the board: a date and a reason, once per tier entry (the server decides). */
export function SnoozeDialog({
  card,
  onClose,
  onDone,
}: {
  card: BoardCard | null;
  onClose: () => void;
  onDone: (card: BoardCard, until: string) => void;
}) {
  const t = useTranslations('tiers');
  const [error, setError] = useState<string | null>(null);
  const [fields, setFields] = useState<Record<string, string[]>>({});
  const close = () => {
    setError(null);
    setFields({});
    onClose();
  };
  // tomorrow in Korea is the earliest the server accepts
  const [tomorrow] = useState(() => addDays(koreaToday(new Date()), 1));
  const { pending, onSubmit } = useFormSubmit(async (f) => {
    if (!card) return;
    const until = String(f.get('until') ?? '');
    const r = await snoozeStallAction({ opportunityId: card.id, until, reason: String(f.get('reason') ?? '') });
    if (r.ok) {
      setError(null);
      setFields({});
      onDone(card, r.data.stallSnoozedUntil ?? until);
    } else {
      setError(r.error);
      setFields(r.fieldErrors ?? {});
    }
  });
  return (
    <Modal
      open={!!card}
      title={card ? t('snooze.titleFor', { name: card.name }) : ''}
      description={t('snooze.once')}
      onClose={close}
      closeLabel={t('toast.close')}
      testId="snooze-dialog"
    >
      {card ? (
        <form className="grid gap-3" onSubmit={onSubmit}>
          <FormError message={error} />
          <Field label={t('snooze.until')} htmlFor="board-snooze-until" errors={fields.until}>
            <Input id="board-snooze-until" name="until" type="date" min={tomorrow} required data-autofocus />
          </Field>
          <Field label={t('snooze.reason')} htmlFor="board-snooze-reason" errors={fields.reason}>
            <Textarea id="board-snooze-reason" name="reason" required maxLength={500} />
          </Field>
          <FormActions onCancel={close} cancelLabel={t('move.cancel')} pending={pending}>
            {t('snooze.submit')}
          </FormActions>
        </form>
      ) : null}
    </Modal>
  );
}
