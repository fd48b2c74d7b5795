'use client';
import { useActionState, useState } from 'react';
import { useTranslations } from 'next-intl';
import { Button } from '@/components/ui/button';
import { Input } from '@/components/ui/input';
import { Field, FormError } from '@/components/forms/field';
import { signInAction } from './actions';

export function LoginForm({ next }: { next?: string }) {
  const t = useTranslations('auth');
  const [state, action, pending] = useActionState(signInAction, null);
  const fe = state && !state.ok ? state.fieldErrors : undefined;
  // controlled: React resets a form after its action; a failed sign-in keeps the email typed (issue 14)
  const [email, setEmail] = useState('');
  return (
    <form action={action} className="flex flex-col gap-4" noValidate>
      <FormError message={state && !state.ok ? state.error : null} />
      <input type="hidden" name="next" value={next ?? ''} />
      <Field label={t('email')} htmlFor="email" errors={fe?.email}>
        <Input
          id="email"
          name="email"
          type="email"
          autoComplete="username"
          required
          autoFocus
          aria-invalid={!!fe?.email}
          value={email}
          onChange={(e) => setEmail(e.target.value)}
        />
      </Field>
      <Field label={t('password')} htmlFor="password" errors={fe?.password}>
        <Input id="password" name="password" type="password" autoComplete="current-password" required aria-invalid={!!fe?.password} />
      </Field>
      <Button type="submit" size="lg" disabled={pending}>
        {pending ? t('submitting') : t('submit')}
      </Button>
    </form>
  );
}
