'use client';
import { useState, useTransition, type FormEvent } from 'react';
import { useTranslations } from 'next-intl';
import { Modal } from '@/components/modal';
import { SubmitButton } from '@/components/forms/field';
import { Button } from '@/components/ui/button';
import { toast } from '@/components/toast';
import type { ActionResult } from '@/lib/server/action';
import type { ExpertDto } from '@/lib/server/commands/tools';
import type { CreateExpertInput } from '@/lib/validation/experts';
import { emptyExpert, ExpertFields } from './expert-fields';

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
  const [pending, start] = useTransition();
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    start(async () => {
      const r = await create({ ...values, userId: values.internal ? values.userId || null : null });
      if (!r.ok) {
        setErrors(r.fieldErrors);
        toast.error(r.error);
        return;
      }
      toast.success(t('created', { name: r.data.name }));
      onSaved(r.data);
    });
  };
  return (
    <Modal open onClose={onClose} title={t('newTitle')} size="lg" testId="expert-dialog">
      <form onSubmit={onSubmit} noValidate className="flex flex-col gap-3">
        <ExpertFields values={values} onChange={setValues} users={users} errors={errors} fields={fields} />
        <div className="flex justify-end gap-2">
          <Button variant="secondary" onClick={onClose}>
            {t('cancel')}
          </Button>
          <SubmitButton pending={pending}>{t('save')}</SubmitButton>
        </div>
      </form>
    </Modal>
  );
}
