'use client';
import { useTranslations } from 'next-intl';
import { FormError } from '@/components/forms/field';
import { FormActions } from '@/components/forms/form-actions';
import { Modal } from '@/components/modal';
import type { MoveFill } from '@/lib/validation/opportunities';
import { blockedByExternal, readFill, RequirementFields, type Unmet } from '../requirement-fields';

export type ReviewRequirementState = { decision: string; unmet: Unmet[]; reason: string | null; error?: string };

/**
 * A review decision (advance, downgrade, drop) the tier engine refused for missing entry
 * requirements: the same requirement form as the board's move; submitting decides again with `fill`.
 * A missing VRB pass cannot be filled here: the form says where to get it and does not submit.
 */
export function ReviewRequirementDialog({
  state,
  opportunityId,
  opportunityName,
  pending,
  onClose,
  onSubmit,
}: {
  state: ReviewRequirementState | null;
  opportunityId: string;
  opportunityName: string;
  pending: boolean;
  onClose: () => void;
  onSubmit: (fill: MoveFill, reason: string | undefined) => void;
}) {
  const t = useTranslations('tiers');
  return (
    <Modal
      open={!!state}
      title={t('move.title', { name: opportunityName })}
      description={state ? t(`reviews.${state.decision}` as never) : undefined}
      onClose={onClose}
      closeLabel={t('toast.close')}
      testId="review-requirement-dialog"
    >
      {state ? (
        <form
          className="flex flex-col gap-3"
          onSubmit={(e) => {
            e.preventDefault();
            const { fill, reason } = readFill(e.currentTarget, state.unmet);
            onSubmit(fill, reason);
          }}
        >
          <FormError message={state.error} />
          <RequirementFields unmet={state.unmet} opportunityId={opportunityId} reasons={[]} defaultReason={state.reason} />
          <FormActions
            onCancel={onClose}
            cancelLabel={t('move.cancel')}
            pending={pending}
            pendingLabel={t('move.moving')}
            disabled={blockedByExternal(state.unmet)}
            className="mt-1"
          >
            {t('reviews.decide')}
          </FormActions>
        </form>
      ) : null}
    </Modal>
  );
}
