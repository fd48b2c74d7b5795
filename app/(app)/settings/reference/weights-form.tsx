'use client';
import { useState } from 'react';
import { useTranslations } from 'next-intl';
import { Button } from '@/components/ui/button';
import { Input } from '@/components/ui/input';
import { Field } from '@/components/forms/field';
import { toastResult } from '@/components/toast';
import { ASSESSMENT_CRITERIA, type AssessmentWeights } from '@/lib/domain/vrb';
import type { ActionResult } from '@/lib/server/action';
import { useFormSubmit } from '@/components/forms/use-form-submit';

// VRB assessment weights (issue #11): each criterion's weight in the weighted score; 0 leaves it out.
export function AssessmentWeightsForm({
  value,
  save,
}: {
  value: AssessmentWeights;
  save: (v: { assessmentWeights: AssessmentWeights }) => Promise<ActionResult<unknown>>;
}) {
  const t = useTranslations('reference.general');
  const tv = useTranslations('vrb');
  const [errors, setErrors] = useState<Record<string, string[]>>({});
  const { pending, onSubmit } = useFormSubmit(async (f) => {
    const weights = Object.fromEntries(ASSESSMENT_CRITERIA.map((c) => [c, Number(f.get(c))])) as AssessmentWeights;
    const r = await save({ assessmentWeights: weights });
    setErrors(r.ok ? {} : (r.fieldErrors ?? {}));
    toastResult(r, t('saved'));
  });
  return (
    <form
      className="grid max-w-2xl gap-3 md:grid-cols-3"
      aria-label={t('weights')}
      data-testid="assessment-weights-form"
      onSubmit={onSubmit}
    >
      <p className="text-sm text-slate-600 md:col-span-3">{t('weightsHint')}</p>
      {ASSESSMENT_CRITERIA.map((c) => (
        <Field key={c} label={tv(`criterion.${c}`)} htmlFor={`aw-${c}`} errors={errors[`assessmentWeights.${c}`]}>
          <Input id={`aw-${c}`} name={c} type="number" step="0.1" min={0} max={100} defaultValue={value[c]} />
        </Field>
      ))}
      <div className="md:col-span-3">
        <Button type="submit" disabled={pending}>
          {t('save')}
        </Button>
      </div>
    </form>
  );
}
