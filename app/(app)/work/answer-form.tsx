'use client';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useId, useState } from 'react';
import type { ActionResult } from '@/lib/server/action';
import { Button } from '@/components/ui/button';
import { Textarea } from '@/components/ui/input';
import { toastResult } from '@/components/toast';
import { useFormSubmit } from '@/components/forms/use-form-submit';

type Answer = (input: { findingId: string; reviewId: string; answer: string; version: number }) => Promise<ActionResult<void>>;

export function AnswerFindingForm(props: { findingId: string; reviewId: string; version: number; title: string; action: Answer }) {
  const t = useTranslations('work.answer');
  const router = useRouter();
  const id = useId();
  const [answer, setAnswer] = useState('');
  const { pending, onSubmit } = useFormSubmit(async () => {
    const r = await props.action({ findingId: props.findingId, reviewId: props.reviewId, answer, version: props.version });
    toastResult(r, t('done'));
    if (r.ok) router.refresh();
  });
  return (
    <form className="mt-2 grid gap-2" onSubmit={onSubmit}>
      <label htmlFor={id} className="sr-only">
        {`${t('label')}: ${props.title}`}
      </label>
      <Textarea id={id} rows={2} value={answer} onChange={(e) => setAnswer(e.target.value)} required placeholder={t('label')} />
      <Button type="submit" size="sm" disabled={pending || !answer.trim()}>
        {t('submit')}
      </Button>
    </form>
  );
}
