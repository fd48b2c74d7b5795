'use client';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useId, useState } from 'react';
import type { ActionResult } from '@/lib/server/action';
import { Button } from '@/components/ui/button';
import { Input, Textarea } from '@/components/ui/input';
import { toastResult } from '@/components/toast';
import { useFormSubmit } from '@/components/forms/use-form-submit';

export function AmendmentForm(props: {
  postmortemId: string;
  action: (i: { postmortemId: string; body: string }) => Promise<ActionResult<{ id: string }>>;
}) {
  const t = useTranslations('postmortems.amend');
  const router = useRouter();
  const id = useId();
  const [body, setBody] = useState('');
  const { pending, onSubmit } = useFormSubmit(async () => {
    const r = await props.action({ postmortemId: props.postmortemId, body });
    if (toastResult(r, t('add'))) {
      setBody('');
      router.refresh();
    }
  });
  return (
    <form className="grid gap-2" onSubmit={onSubmit}>
      <label htmlFor={id} className="text-sm font-medium text-slate-800">
        {t('body')}
      </label>
      <Textarea id={id} rows={3} value={body} onChange={(e) => setBody(e.target.value)} required />
      <Button type="submit" size="sm" disabled={pending || !body.trim()}>
        {t('add')}
      </Button>
    </form>
  );
}

export function CompleteActionItemForm(props: {
  id: string;
  title: string;
  overdue: boolean;
  action: (i: { actionItemId: string; note?: string | null }) => Promise<ActionResult<void>>;
}) {
  const t = useTranslations('postmortems.action');
  const router = useRouter();
  const [note, setNote] = useState('');
  const { pending, onSubmit } = useFormSubmit(async () => {
    const r = await props.action({ actionItemId: props.id, note });
    if (toastResult(r, t('done'))) router.refresh();
  });
  return (
    <form className="flex flex-wrap items-center gap-2" onSubmit={onSubmit}>
      {props.overdue ? <span className="text-xs font-medium text-rose-700">{t('overdue')}</span> : null}
      <Input
        aria-label={`${t('note')}: ${props.title}`}
        value={note}
        onChange={(e) => setNote(e.target.value)}
        placeholder={t('note')}
        className="w-40"
      />
      <Button type="submit" size="sm" variant="secondary" disabled={pending} aria-label={`${t('markDone')}: ${props.title}`}>
        {t('markDone')}
      </Button>
    </form>
  );
}
