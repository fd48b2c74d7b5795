'use client';
import { useState } from 'react';
import { useTranslations } from 'next-intl';
import { Button } from '@/components/ui/button';
import { Input } from '@/components/ui/input';
import { Field, FormError } from '@/components/forms/field';
import type { ActionResult } from '@/lib/server/action';
import { useFormSubmit } from '@/components/forms/use-form-submit';

type Change = (i: { currentPassword: string; newPassword: string; confirm: string }) => Promise<ActionResult<{ endedSessions: number }>>;

export function ChangePasswordForm({ action }: { action: Change }) {
  const t = useTranslations('people.password');
  const [state, setState] = useState<ActionResult<{ endedSessions: number }> | null>(null);
  const [key, setKey] = useState(0);
  const fe = state && !state.ok && state.code === 'VALIDATION' ? state.fieldErrors : undefined;
  const { pending, onSubmit } = useFormSubmit(async (f) => {
    const r = await action({
      currentPassword: String(f.get('currentPassword') ?? ''),
      newPassword: String(f.get('newPassword') ?? ''),
      confirm: String(f.get('confirm') ?? ''),
    });
    setState(r);
    if (r.ok) setKey((k) => k + 1);
  });
  return (
    <form key={key} className="grid max-w-md gap-3" noValidate onSubmit={onSubmit}>
      <FormError message={state && !state.ok ? state.error : null} />
      {state?.ok ? (
        <p role="status" className="rounded-md bg-emerald-50 p-2 text-sm text-emerald-800">
          {t('done', { count: state.data.endedSessions })}
        </p>
      ) : null}
      <Field label={t('current')} htmlFor="pw-current" errors={fe?.currentPassword}>
        <Input id="pw-current" name="currentPassword" type="password" autoComplete="current-password" />
      </Field>
      <Field label={t('new')} htmlFor="pw-new" errors={fe?.newPassword}>
        <Input id="pw-new" name="newPassword" type="password" autoComplete="new-password" />
      </Field>
      <Field label={t('confirm')} htmlFor="pw-confirm" errors={fe?.confirm}>
        <Input id="pw-confirm" name="confirm" type="password" autoComplete="new-password" />
      </Field>
      <div>
        <Button type="submit" disabled={pending}>
          {t('submit')}
        </Button>
      </div>
    </form>
  );
}
