'use client';
import { useState, useTransition, type FormEvent } from 'react';
import { useLocale, useTranslations } from 'next-intl';
import { Badge } from '@/components/ui/badge';
import { SectionCard } from '@/components/ui/card';
import { FormError, SubmitButton, TextInput, TextareaField } from '@/components/forms/field';
import { toastResult } from '@/components/toast';
import { EMPTY, formatDate } from '@/lib/domain/format';
import { KEY_ACCOUNT_AUTO_REASON } from '@/lib/domain/tools/key-account';
import type { ActionResult } from '@/lib/server/action';
import type { KamView } from '@/lib/server/commands/tools/key-accounts';
import type { KamPlanInput, SetKeyAccountInput } from '@/lib/validation/tools';

const PLAN = ['kamGoals', 'kamWhitespace', 'kamRelationshipPlan'] as const;

// Key account (issue 12 item 6): its state and why, the admin/manager's set/clear with a reason, and the KAM plan.
export function KamPanel({
  initial,
  canSetKey,
  canEditPlan,
  setKey,
  savePlan,
}: {
  initial: KamView;
  canSetKey: boolean;
  canEditPlan: boolean;
  setKey: (input: SetKeyAccountInput) => Promise<ActionResult<KamView>>;
  savePlan: (input: KamPlanInput) => Promise<ActionResult<KamView>>;
}) {
  const t = useTranslations('tools.kam');
  const locale = useLocale() === 'en' ? 'en' : 'ko';
  const [view, setView] = useState(initial);
  const [reason, setReason] = useState('');
  const [keyResult, setKeyResult] = useState<ActionResult<KamView> | null>(null);
  const [planResult, setPlanResult] = useState<ActionResult<KamView> | null>(null);
  const [pending, start] = useTransition();

  const onKey = (e: FormEvent) => {
    e.preventDefault();
    start(async () => {
      const r = await setKey({ accountId: view.accountId, version: view.version, isKeyAccount: !view.isKeyAccount, reason });
      setKeyResult(r);
      if (toastResult(r, t(view.isKeyAccount ? 'cleared' : 'marked')) && r.ok) {
        setView(r.data);
        setReason('');
      }
    });
  };
  const onPlan = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const fd = new FormData(e.currentTarget);
    const input: KamPlanInput = { accountId: view.accountId, version: view.version };
    for (const k of PLAN) input[k] = String(fd.get(k) ?? '');
    start(async () => {
      const r = await savePlan(input);
      setPlanResult(r);
      if (toastResult(r, t('saved')) && r.ok) setView(r.data);
    });
  };
  const why = view.keyAccountReason === KEY_ACCOUNT_AUTO_REASON ? t('autoReason') : (view.keyAccountReason ?? EMPTY);
  return (
    <SectionCard title={t('title')} className="mb-4" data-testid="account-kam" bodyClassName="grid gap-4 lg:grid-cols-3">
      <div className="flex flex-col gap-2">
        <p className="flex items-center gap-2 text-sm" data-testid="key-account-state">
          {view.isKeyAccount ? <Badge tone="accent">{t('isKey')}</Badge> : <Badge tone="neutral">{t('notKey')}</Badge>}
          {view.keyAccountSince ? (
            <span className="text-slate-600">{t('since', { date: formatDate(view.keyAccountSince, locale) })}</span>
          ) : null}
        </p>
        {view.keyAccountReason ? (
          <p className="text-sm text-slate-700" data-testid="key-account-reason">
            {t('reasonLabel')}: {why}
          </p>
        ) : null}
        {canSetKey ? (
          <form onSubmit={onKey} noValidate className="flex flex-col gap-2" aria-label={t(view.isKeyAccount ? 'clear' : 'mark')}>
            <FormError message={keyResult && !keyResult.ok && !keyResult.fieldErrors ? keyResult.error : null} />
            <TextInput
              name="reason"
              label={t('reason')}
              value={reason}
              onChange={(e) => setReason(e.target.value)}
              errors={keyResult && !keyResult.ok ? keyResult.fieldErrors : undefined}
              required
              maxLength={500}
            />
            <div>
              <SubmitButton pending={pending} variant={view.isKeyAccount ? 'secondary' : 'primary'}>
                {t(view.isKeyAccount ? 'clear' : 'mark')}
              </SubmitButton>
            </div>
          </form>
        ) : null}
      </div>
      <form onSubmit={onPlan} noValidate className="flex flex-col gap-3 lg:col-span-2" aria-label={t('plan')}>
        <FormError message={planResult && !planResult.ok ? planResult.error : null} />
        <fieldset disabled={!canEditPlan || pending} className="grid gap-3 md:grid-cols-3">
          {PLAN.map((k) => (
            <TextareaField
              key={k}
              name={k}
              label={t(k)}
              defaultValue={view[k] ?? ''}
              rows={4}
              errors={planResult && !planResult.ok ? planResult.fieldErrors : undefined}
            />
          ))}
        </fieldset>
        {canEditPlan ? (
          <div>
            <SubmitButton pending={pending} variant="secondary">
              {t('savePlan')}
            </SubmitButton>
          </div>
        ) : null}
      </form>
    </SectionCard>
  );
}
