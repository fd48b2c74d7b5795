'use client';
import { useState } from 'react';
import { useTranslations } from 'next-intl';
import type { QualificationRules } from '@/lib/domain/leads/qualification';
import { Button } from '@/components/ui/button';
import { SectionCard } from '@/components/ui/card';
import { FormError } from '@/components/forms/field';
import { saveQualificationRulesAction } from './qualification-actions';
import { useFormSubmit } from '@/components/forms/use-form-submit';

const KEYS = ['requirePhone', 'requireCompany', 'requireContactName', 'excludeCold', 'requireNeedIntentOrBudget'] as const;

export function QualificationForm({ rules }: { rules: QualificationRules }) {
  const t = useTranslations('leads.settings');
  const tc = useTranslations('common');
  const [value, setValue] = useState(rules);
  const [msg, setMsg] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const { pending, onSubmit } = useFormSubmit(async () => {
    const r = await saveQualificationRulesAction(value);
    setMsg(r.ok ? t('saved') : null);
    setError(r.ok ? null : r.error);
  });
  return (
    <SectionCard title={t('title')}>
      <form className="flex flex-col gap-3" onSubmit={onSubmit}>
        <p className="text-sm text-slate-500">{t('description')}</p>
        <fieldset className="grid gap-2 sm:grid-cols-2">
          <legend className="sr-only">{t('title')}</legend>
          {KEYS.map((k) => (
            <label key={k} className="inline-flex items-center gap-2 text-sm">
              <input
                type="checkbox"
                className="size-4"
                checked={value[k]}
                onChange={(e) => setValue((v) => ({ ...v, [k]: e.target.checked }))}
              />
              {t(k)}
            </label>
          ))}
        </fieldset>
        <FormError message={error} />
        {msg ? (
          <p role="status" className="text-sm text-emerald-700">
            {msg}
          </p>
        ) : null}
        <div>
          <Button type="submit" size="sm" disabled={pending}>
            {tc('save')}
          </Button>
        </div>
      </form>
    </SectionCard>
  );
}
