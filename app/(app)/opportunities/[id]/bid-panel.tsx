'use client';
import { useState } from 'react';
import { useLocale, useTranslations } from 'next-intl';
import { Button } from '@/components/ui/button';
import { SectionCard } from '@/components/ui/card';
import { Checkbox, DateInput, FormError, SelectField, SubmitButton, TextInput } from '@/components/forms/field';
import { toastResult } from '@/components/toast';
import { checkBid, PROCESS_STEPS, type ProcessStep } from '@/lib/domain/tools';
import { EMPTY, formatKrw, formatPercent, groupDigits } from '@/lib/domain/format';
import { fromKoreaLocalInput, koreaLocalInput } from '@/lib/domain/time/korea';
import type { ActionResult } from '@/lib/server/action';
import type { BidView } from '@/lib/server/commands/tools/bid-view';
import type { UpdateBidInput } from '@/lib/validation/tools';
import { useFormSubmit } from '@/components/forms/use-form-submit';

type Partner = { key: number; name: string; role: string; sharePct: string };
const won = (v: string, locale: 'ko' | 'en') =>
  `${groupDigits(v.split('.')[0]!)}${v.includes('.') ? '.' + v.split('.')[1] : ''}${locale === 'ko' ? '원' : ' KRW'} (${formatKrw(v, locale)})`;

// The opportunity's procurement steps and public-bid fields (issue 12 item 5): the same command as
// PUT /api/v1/opportunities/{id}/bid. The lowest valid bid and the under-limit warning are worked out
// as you type with the same pure rule the server answers with (lib/domain/tools/bid-price.ts).
export function BidPanel({
  initial,
  editable,
  save,
}: {
  initial: BidView;
  editable: boolean;
  save: (input: UpdateBidInput) => Promise<ActionResult<BidView>>;
}) {
  const t = useTranslations('tools');
  const locale = useLocale() === 'en' ? 'en' : 'ko';
  const [view, setView] = useState(initial);
  const [plannedPrice, setPlannedPrice] = useState(initial.plannedPrice ?? '');
  const [rate, setRate] = useState(initial.lowerBidLimitRate ?? '');
  const [bidAmount, setBidAmount] = useState(initial.bidAmount ?? '');
  const [partners, setPartners] = useState<Partner[]>(
    initial.partners.map((p, i) => ({ key: i, name: p.name, role: p.role ?? '', sharePct: p.sharePct ?? '' })),
  );
  const [nextKey, setNextKey] = useState(initial.partners.length);
  const [result, setResult] = useState<ActionResult<BidView> | null>(null);
  const fe = result && !result.ok ? result.fieldErrors : undefined;
  const plain = (s: string) => s.replace(/[,\s]/g, '');
  const check = checkBid({
    plannedPrice: plain(plannedPrice) || null,
    lowerBidLimitRate: rate.trim() || null,
    bidAmount: plain(bidAmount) || null,
  });

  const { pending, onSubmit } = useFormSubmit(async (fd) => {
    const text = (k: string) => String(fd.get(k) ?? '').trim();
    const stepDates = Object.fromEntries(PROCESS_STEPS.map((s) => [s, text(`step-${s}`) || null])) as Record<ProcessStep, string | null>;
    const deadline = text('bidDeadline');
    const round = text('bidRound');
    const input: UpdateBidInput = {
      opportunityId: view.opportunityId,
      version: view.version,
      isPublicSector: fd.get('isPublicSector') === 'on',
      salesProcessStep: (text('salesProcessStep') || null) as ProcessStep | null,
      bidNoticeNo: text('bidNoticeNo') || null,
      bidRound: round === '' ? null : Number(round),
      demandAgency: text('demandAgency') || null,
      estimatedPrice: text('estimatedPrice') || null,
      plannedPrice: plannedPrice.trim() || null,
      lowerBidLimitRate: rate.trim() || null,
      bidDeadline: deadline ? (fromKoreaLocalInput(deadline)?.toISOString() ?? deadline) : null,
      bidAmount: bidAmount.trim() || null,
      stepDates,
      partners: partners
        .filter((p) => p.name.trim())
        .map((p) => ({ name: p.name, role: p.role || null, sharePct: p.sharePct.trim() || null })),
    };
    const r = await save(input);
    setResult(r);
    if (toastResult(r, t('bid.saved')) && r.ok) setView(r.data);
    // someone (or the page's other editor) saved first: take their version, keep what was typed
    else if (!r.ok && r.code === 'CONFLICT' && r.details && typeof r.details === 'object' && 'version' in r.details)
      setView(r.details as BidView);
  });

  const steps = Object.fromEntries(view.steps.map((s) => [s.step, s.date ?? '']));
  // a bid field labelled `bid.<name>`: as saved, or typed into state (the live bid check reads it)
  const saved = (name: 'bidNoticeNo' | 'bidRound' | 'demandAgency' | 'estimatedPrice' | 'bidDeadline') => ({
    name,
    label: t(`bid.${name}`),
    defaultValue: view[name] ?? '',
    errors: fe,
  });
  const typed = (name: 'plannedPrice' | 'lowerBidLimitRate' | 'bidAmount', value: string, onChange: (v: string) => void) => ({
    name,
    label: t(`bid.${name}`),
    value,
    onChange: (e: { target: { value: string } }) => onChange(e.target.value),
    errors: fe,
  });
  const stepOptions = PROCESS_STEPS.map((s) => [s, t(`step.${s}`)] as const);
  return (
    <SectionCard title={t('bid.title')} data-testid="opportunity-bid">
      <form onSubmit={onSubmit} noValidate className="flex flex-col gap-4" aria-label={t('bid.title')}>
        {!editable ? <p className="text-sm text-slate-600">{t('bid.readOnly')}</p> : null}
        <FormError message={result && !result.ok ? result.error : null} />
        <fieldset disabled={!editable || pending} className="flex flex-col gap-4">
          <div className="grid gap-3 md:grid-cols-3">
            <SelectField
              name="salesProcessStep"
              label={t('bid.currentStep')}
              defaultValue={view.salesProcessStep ?? ''}
              placeholder={t('bid.noStep')}
              options={stepOptions}
              errors={fe}
            />
            <div className="flex items-end md:col-span-2">
              <Checkbox name="isPublicSector" label={t('bid.isPublicSector')} defaultChecked={view.isPublicSector} />
            </div>
          </div>
          <fieldset>
            <legend className="mb-2 text-sm font-semibold text-slate-900">{t('bid.stepDates')}</legend>
            <ol className="grid gap-3 sm:grid-cols-3 lg:grid-cols-6">
              {PROCESS_STEPS.map((s, i) => (
                <li key={s}>
                  <DateInput
                    name={`step-${s}`}
                    id={`f-step-${s}`}
                    label={`${i + 1}. ${t(`step.${s}`)}`}
                    defaultValue={steps[s]}
                    errors={fe ? { [`step-${s}`]: fe[`stepDates.${s}`] } : undefined}
                  />
                </li>
              ))}
            </ol>
          </fieldset>
          <div className="grid gap-3 md:grid-cols-3">
            <TextInput {...saved('bidNoticeNo')} autoComplete="off" />
            <TextInput {...saved('bidRound')} inputMode="numeric" />
            <TextInput {...saved('demandAgency')} />
            <TextInput {...saved('estimatedPrice')} inputMode="numeric" />
            <TextInput
              {...typed('plannedPrice', plannedPrice, setPlannedPrice)}
              description={t('bid.plannedPriceHint')}
              inputMode="numeric"
            />
            <TextInput {...typed('lowerBidLimitRate', rate, setRate)} inputMode="decimal" />
            <TextInput
              {...saved('bidDeadline')}
              type="datetime-local"
              defaultValue={view.bidDeadline ? koreaLocalInput(new Date(view.bidDeadline)) : ''}
            />
            <TextInput {...typed('bidAmount', bidAmount, setBidAmount)} inputMode="numeric" aria-describedby="bid-check" />
          </div>
          <div id="bid-check" aria-live="polite" data-testid="bid-check" className="text-sm">
            {check.kind === 'unknown' ? (
              <p className="text-slate-600">{t('bid.unknownLimit')}</p>
            ) : (
              <>
                <p className="text-slate-800">{t('bid.lowestValidBid', { amount: won(check.lowestValidBid, locale) })}</p>
                {check.kind === 'underLimit' ? (
                  <p
                    className="mt-1 rounded-md border border-amber-300 bg-amber-50 px-3 py-2 font-medium text-amber-900"
                    data-testid="bid-under-limit"
                  >
                    {t('bid.underLimit', { shortfall: won(check.shortfallWon, locale) })}
                  </p>
                ) : check.kind === 'ok' ? (
                  <p className="mt-1 text-emerald-800">{t('bid.aboveLimit', { margin: won(check.marginWon, locale) })}</p>
                ) : null}
              </>
            )}
          </div>
          <fieldset>
            <legend className="mb-2 text-sm font-semibold text-slate-900">{t('bid.partners')}</legend>
            {fe?.partners ? (
              <p className="mb-2 text-xs text-rose-600" data-testid="partners-error">
                {fe.partners.join(' ')}
              </p>
            ) : null}
            {partners.length === 0 ? <p className="mb-2 text-sm text-slate-600">{t('bid.noPartners')}</p> : null}
            <ul className="flex flex-col gap-2">
              {partners.map((p, i) => {
                const set = (patch: Partial<Partner>) => setPartners((list) => list.map((x) => (x.key === p.key ? { ...x, ...patch } : x)));
                const errs = fe?.[`partners.${i}`];
                return (
                  <li key={p.key} className="grid items-end gap-2 sm:grid-cols-[2fr_2fr_1fr_auto]">
                    <TextInput
                      name={`partner-name-${p.key}`}
                      label={t('bid.partnerName')}
                      value={p.name}
                      onChange={(e) => set({ name: e.target.value })}
                      errors={errs ? { [`partner-name-${p.key}`]: errs } : undefined}
                    />
                    <TextInput
                      name={`partner-role-${p.key}`}
                      label={t('bid.partnerRole')}
                      value={p.role}
                      onChange={(e) => set({ role: e.target.value })}
                    />
                    <TextInput
                      name={`partner-share-${p.key}`}
                      label={t('bid.partnerShare')}
                      inputMode="decimal"
                      value={p.sharePct}
                      onChange={(e) => set({ sharePct: e.target.value })}
                    />
                    <Button variant="ghost" size="sm" onClick={() => setPartners((list) => list.filter((x) => x.key !== p.key))}>
                      {t('bid.removePartner', { name: p.name || EMPTY })}
                    </Button>
                  </li>
                );
              })}
            </ul>
            <div className="mt-2 flex flex-wrap items-center gap-3">
              <Button
                variant="secondary"
                size="sm"
                onClick={() => {
                  setPartners((list) => [...list, { key: nextKey, name: '', role: '', sharePct: '' }]);
                  setNextKey((k) => k + 1);
                }}
              >
                {t('bid.addPartner')}
              </Button>
              {view.ourSharePct !== null ? (
                <span className="text-sm text-slate-600">
                  {t('bid.ourShare', { pct: formatPercent(view.ourSharePct, { maxFractionDigits: 2 }) })}
                </span>
              ) : null}
            </div>
          </fieldset>
        </fieldset>
        {editable ? (
          <div>
            <SubmitButton pending={pending}>{t('bid.save')}</SubmitButton>
          </div>
        ) : null}
      </form>
    </SectionCard>
  );
}
