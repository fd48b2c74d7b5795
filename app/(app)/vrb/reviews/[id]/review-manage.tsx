'use client';
import { startTransition, useEffect, useId, useState, type FormEvent } from 'react';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { CalendarClock, XCircle } from 'lucide-react';
import { Button } from '@/components/ui/button';
import { Input, Select } from '@/components/ui/input';
import { FormError, TextInput } from '@/components/forms/field';
import { FormActions } from '@/components/forms/form-actions';
import { Modal } from '@/components/modal';
import { toast, toastResult } from '@/components/toast';
import { ASSESSMENT_CRITERIA, type AssessmentCriterion } from '@/lib/domain/vrb';
import { cancelReviewAction, rescheduleReviewAction, saveAssessmentAction } from './actions';
import { invalid, useVrbForm, VrbTextarea, type FormAction } from './form-kit';

// Moving a scheduled review (cancel / reschedule, each with a reason) and the six-criterion
// assessment form. Same commands as POST /api/v1/vrb-reviews/{id}/cancel|reschedule and
// PUT /api/v1/vrb-reviews/{id}/assessment.

function MoveDialog({
  kind,
  reviewId,
  open,
  onClose,
}: {
  kind: 'cancel' | 'reschedule';
  reviewId: string;
  open: boolean;
  onClose: () => void;
}) {
  const t = useTranslations('vrb');
  const [formRef, f] = useVrbForm((kind === 'cancel' ? cancelReviewAction : rescheduleReviewAction) as FormAction);
  const id = useId();
  useEffect(() => {
    if (!f.saved) return;
    toast.success(t(`write.${kind}.saved`));
    onClose();
  }, [f.saved, kind, onClose, t]);
  const onSubmit = (e: FormEvent<HTMLFormElement>) => {
    if (kind === 'cancel') return f.onSubmit(e);
    e.preventDefault();
    const fd = new FormData(e.currentTarget);
    const at = new Date(String(fd.get('scheduledAtLocal') ?? ''));
    fd.set('scheduledAt', Number.isNaN(at.getTime()) ? '' : at.toISOString());
    fd.delete('scheduledAtLocal');
    startTransition(() => f.submit(fd));
  };
  return (
    <Modal
      open={open}
      onClose={onClose}
      title={t(`write.${kind}.title`)}
      description={t(`write.${kind}.description`)}
      testId={`${kind}-dialog`}
    >
      <form ref={formRef} onSubmit={onSubmit} noValidate className="flex flex-col gap-3">
        <FormError message={f.formError} />
        <input type="hidden" name="reviewId" value={reviewId} />
        {kind === 'reschedule' ? (
          <TextInput
            id={`${id}-at`}
            name="scheduledAtLocal"
            type="datetime-local"
            label={t('write.reschedule.scheduledAt')}
            errors={{ scheduledAtLocal: f.fe('scheduledAt') }}
          />
        ) : null}
        <VrbTextarea form={f} name="reason" label={t(`write.${kind}.reason`)} maxLength={2000} />
        <FormActions
          onCancel={onClose}
          cancelLabel={t('write.close')}
          pending={f.pending}
          pendingLabel={t('write.saving')}
          variant={kind === 'cancel' ? 'danger' : 'primary'}
          size="sm"
        >
          {t(`write.${kind}.submit`)}
        </FormActions>
      </form>
    </Modal>
  );
}

export function ReviewMoveButtons({ reviewId }: { reviewId: string }) {
  const t = useTranslations('vrb');
  const [open, setOpen] = useState<'cancel' | 'reschedule' | null>(null);
  const close = () => setOpen(null);
  return (
    <div className="flex flex-wrap gap-2" data-testid="review-move">
      <Button type="button" size="sm" variant="secondary" onClick={() => setOpen('reschedule')}>
        <CalendarClock aria-hidden className="size-4" />
        {t('write.reschedule.open')}
      </Button>
      <Button type="button" size="sm" variant="secondary" onClick={() => setOpen('cancel')}>
        <XCircle aria-hidden className="size-4" />
        {t('write.cancel.open')}
      </Button>
      {open ? <MoveDialog kind={open} reviewId={reviewId} open onClose={close} /> : null}
    </div>
  );
}

type Entry = { criterion: AssessmentCriterion; score: number | null; notes: string };

export function AssessmentForm({
  reviewId,
  initial,
}: {
  reviewId: string;
  initial: { criterion: AssessmentCriterion; score: number; notes: string | null }[];
}) {
  const t = useTranslations('vrb');
  const router = useRouter();
  const id = useId();
  const [rows, setRows] = useState<Entry[]>(() =>
    ASSESSMENT_CRITERIA.map((c) => {
      const mine = initial.find((x) => x.criterion === c);
      return { criterion: c, score: mine?.score ?? null, notes: mine?.notes ?? '' };
    }),
  );
  const [pending, setPending] = useState(false);
  const [errors, setErrors] = useState<Record<string, string[]>>({});
  const set = (i: number, patch: Partial<Entry>) => setRows((rs) => rs.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  const onSubmit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    setPending(true);
    const scores = rows.filter((r) => r.score !== null).map((r) => ({ criterion: r.criterion, score: r.score!, notes: r.notes }));
    const r = await saveAssessmentAction({ reviewId, scores });
    setPending(false);
    setErrors(!r.ok ? (r.fieldErrors ?? {}) : {});
    if (toastResult(r, t('write.assess.saved'))) router.refresh();
  };
  return (
    <form
      onSubmit={onSubmit}
      noValidate
      aria-labelledby={`${id}-title`}
      className="mt-3 flex flex-col gap-2 rounded-md border border-indigo-100 bg-indigo-50/40 p-3"
      data-testid="assessment-form"
    >
      <h3 id={`${id}-title`} className="text-sm font-semibold text-slate-900">
        {t('write.assess.title')}
      </h3>
      <p className="text-xs text-slate-600">{t('write.assess.hint')}</p>
      <FormError message={errors.scores?.[0] ?? null} />
      {rows.map((r, i) => (
        <div key={r.criterion} className="grid gap-2 sm:grid-cols-[minmax(0,12rem)_7rem_minmax(0,1fr)] sm:items-start">
          <label htmlFor={`${id}-${r.criterion}`} className="text-sm font-medium text-slate-800">
            {t(`criterion.${r.criterion}`)}
          </label>
          <Select
            id={`${id}-${r.criterion}`}
            value={r.score ?? ''}
            onChange={(e) => set(i, { score: e.target.value ? Number(e.target.value) : null })}
            {...invalid(errors[`scores.${i}.score`], `${id}-${r.criterion}`)}
          >
            <option value="">{t('write.assess.none')}</option>
            {[1, 2, 3, 4, 5].map((n) => (
              <option key={n} value={n}>
                {n}
              </option>
            ))}
          </Select>
          <Input
            aria-label={t('write.assess.notesFor', { criterion: t(`criterion.${r.criterion}`) })}
            value={r.notes}
            maxLength={2000}
            onChange={(e) => set(i, { notes: e.target.value })}
          />
        </div>
      ))}
      <div>
        <Button type="submit" size="sm" disabled={pending}>
          {pending ? t('write.saving') : t('write.assess.submit')}
        </Button>
      </div>
    </form>
  );
}
