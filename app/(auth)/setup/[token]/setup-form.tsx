'use client';
import { useActionState } from 'react';
import Link from 'next/link';
import { useTranslations } from 'next-intl';
import { Button } from '@/components/ui/button';
import { Input } from '@/components/ui/input';
import { Field, FormError } from '@/components/forms/field';
import type { ActionResult } from '@/lib/server/action';

type SetupAction = (prev: ActionResult<{ email: string }> | null, form: FormData) => Promise<ActionResult<{ email: string }>>;

export function SetupForm({ token, action }: { token: string; action: SetupAction }) {
  const t = useTranslations('people.setup');
  const [state, formAction, pending] = useActionState(action, null);
  if (state?.ok) {
    return (
      <div className="flex flex-col gap-4">
        <p role="status" className="rounded-md bg-emerald-50 p-3 text-sm text-emerald-800">
          {t('done')}
        </p>
        <Link href="/login" className="text-center font-medium text-indigo-700 underline">
          {t('signIn')}
        </Link>
      </div>
    );
  }
  const fe = state && !state.ok && state.code === 'VALIDATION' ? state.fieldErrors : undefined;
  return (
    <form action={formAction} className="flex flex-col gap-4" noValidate>
      <FormError message={state && !state.ok ? state.error : null} />
      <input type="hidden" name="token" value={token} />
      <p className="text-xs text-slate-600">{t('rule')}</p>
      <Field label={t('password')} htmlFor="password" errors={fe?.password}>
        <Input id="password" name="password" type="password" autoComplete="new-password" required autoFocus aria-invalid={!!fe?.password} />
      </Field>
      <Field label={t('confirm')} htmlFor="confirm" errors={fe?.confirm}>
        <Input id="confirm" name="confirm" type="password" autoComplete="new-password" required aria-invalid={!!fe?.confirm} />
      </Field>
      <Button type="submit" size="lg" disabled={pending}>
        {t('submit')}
      </Button>
    </form>
  );
}
