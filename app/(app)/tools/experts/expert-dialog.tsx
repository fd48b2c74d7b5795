'use client';
import { useState } from 'react';
import { useTranslations } from 'next-intl';
import { Modal } from '@/components/modal';
import { FormActions } from '@/components/forms/form-actions';
import { toast } from '@/components/toast';
import type { ActionResult } from '@/lib/server/action';
import type { ExpertDto } from '@/lib/server/commands/tools';
import type { CreateExpertInput } from '@/lib/validation/experts';
import { emptyExpert, ExpertFields } from './expert-fields';
import { useFormSubmit } from '@/components/forms/use-form-submit';

// Add an expert (tools:edit): the same command as POST /api/v1/experts.
export function ExpertDialog({
  onClose,
  onSaved,
  create,
  users,
  fields,
}: {
  onClose: () => void;
  onSaved: (e: ExpertDto) => void;
  create: (input: CreateExpertInput) => Promise<ActionResult<ExpertDto>>;
  users: { id: string; name: string }[];
  fields: string[];
}) {
  const t = useTranslations('experts');
  const [values, setValues] = useState(emptyExpert);
  const [errors, setErrors] = useState<Record<string, string[]> | undefined>();
  const { pending, onSubmit } = useFormSubmit(async () => {
    const r = await create({ ...values, userId: values.internal ? values.userId || null : null });
    if (!r.ok) {
      setErrors(r.fieldErrors);
      toast.error(r.error);
      return;
    }
    toast.success(t('created', { name: r.data.name }));
    onSaved(r.data);
  });
  return (
    <Modal open onClose={onClose} title={t('newTitle')} size="lg" testId="expert-dialog">
      <form onSubmit={onSubmit} noValidate className="flex flex-col gap-3">
        <ExpertFields values={values} onChange={setValues} users={users} errors={errors} fields={fields} />
        <FormActions onCancel={onClose} cancelLabel={t('cancel')} pending={pending}>
          {t('save')}
        </FormActions>
      </form>
    </Modal>
  );
}
