'use client';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { FormError, NumberInput, SelectField, TextInput } from '@/components/forms/field';
import { addReasonAction, setReasonActiveAction, updateTierSettingsAction } from './tier-actions';
import { useActionRunner } from '@/components/forms/use-action-runner';
import { useFormSubmit } from '@/components/forms/use-form-submit';

type V = {
  stallThresholds: { tier4: number; tier3: number; tier2: number; tier1: number };
  horizonBounds: { shortMaxMonths: number; midMaxMonths: number };
  tierRules: { requireVrbBidApprovalForTier1: boolean };
  stagnantReviewCount: number;
};

// the horizon's two bounds: field name (its label key), id, upper limit and the setting it writes
const HORIZONS = [
  { name: 'shortMax', id: 'hz-short', max: 120, setting: 'shortMaxMonths' },
  { name: 'midMax', id: 'hz-mid', max: 240, setting: 'midMaxMonths' },
] as const;

export function TierRulesForm({ value }: { value: V }) {
  const t = useTranslations('tiers.settings');
  const [msg, setMsg] = useState<{ ok: boolean; text: string } | null>(null);
  const n = (f: FormData, k: string) => Number(f.get(k));
  const { pending, onSubmit } = useFormSubmit(async (f) => {
    const r = await updateTierSettingsAction({
      stallThresholds: { tier4: n(f, 'tier4'), tier3: n(f, 'tier3'), tier2: n(f, 'tier2'), tier1: n(f, 'tier1') },
      horizonBounds: { shortMaxMonths: n(f, 'shortMax'), midMaxMonths: n(f, 'midMax') },
      tierRules: { requireVrbBidApprovalForTier1: f.get('requireVrb') === 'on' },
      stagnantReviewCount: n(f, 'stagnant'),
    });
    setMsg(
      r.ok
        ? { ok: true, text: t('saved') }
        : { ok: false, text: [r.error, ...Object.entries(r.fieldErrors ?? {}).map(([k, v]) => `${k}: ${v.join(' ')}`)].join(' ') },
    );
  });
  return (
    <form className="grid gap-4" onSubmit={onSubmit}>
      <fieldset>
        <legend className="mb-2 text-sm font-semibold text-slate-800">{t('stall')}</legend>
        <div className="grid grid-cols-4 gap-2">
          {([4, 3, 2, 1] as const).map((tier) => (
            <NumberInput
              key={tier}
              id={`st-${tier}`}
              name={`tier${tier}`}
              label={`Tier ${tier}`}
              min={1}
              max={3650}
              defaultValue={value.stallThresholds[`tier${tier}`]}
              required
            />
          ))}
        </div>
      </fieldset>
      <fieldset>
        <legend className="mb-2 text-sm font-semibold text-slate-800">{t('horizon')}</legend>
        <div className="grid grid-cols-2 gap-2">
          {HORIZONS.map((h) => (
            <NumberInput
              key={h.name}
              id={h.id}
              name={h.name}
              label={t(h.name)}
              min={1}
              max={h.max}
              defaultValue={value.horizonBounds[h.setting]}
              required
            />
          ))}
        </div>
      </fieldset>
      <label className="flex items-center gap-2 text-sm">
        <input type="checkbox" name="requireVrb" defaultChecked={value.tierRules.requireVrbBidApprovalForTier1} className="size-4" />
        {t('requireVrb')}
      </label>
      <NumberInput
        id="stagnant"
        name="stagnant"
        label={t('stagnantCount')}
        min={1}
        max={52}
        defaultValue={value.stagnantReviewCount}
        className="w-28"
        required
      />
      <div className="flex items-center gap-3">
        <Button type="submit" disabled={pending}>
          {t('save')}
        </Button>
        <span role="status" className={msg?.ok ? 'text-sm text-emerald-700' : 'text-sm text-rose-600'}>
          {msg?.text}
        </span>
      </div>
    </form>
  );
}

type R = { id: string; kind: string; code: string; label: string; active: boolean };
const KINDS = ['WON', 'LOST', 'NO_BID', 'DROPPED', 'DISQUALIFY'] as const;

export function ReasonLists({ reasons }: { reasons: R[] }) {
  const t = useTranslations('tiers');
  const { pending, error, run } = useActionRunner();
  return (
    <div className="grid gap-3">
      <h3 className="text-sm font-semibold text-slate-800">{t('settings.reasons')}</h3>
      <FormError message={error} />
      {KINDS.map((k) => {
        const list = reasons.filter((r) => r.kind === k);
        return (
          <div key={k}>
            <p className="text-xs font-semibold text-slate-500 uppercase">{t(`outcome.${k}`)}</p>
            {list.length === 0 ? <p className="text-xs text-slate-500">{t('settings.noReasons')}</p> : null}
            <ul className="flex flex-wrap gap-1.5">
              {list.map((r) => (
                <li key={r.id} className="inline-flex items-center gap-1">
                  <Badge tone={r.active ? 'accent' : 'neutral'} className={r.active ? '' : 'line-through'}>
                    {r.label}
                  </Badge>
                  <button
                    type="button"
                    className="text-xs text-slate-500 underline"
                    disabled={pending}
                    onClick={() => run(() => setReasonActiveAction({ reasonId: r.id, active: !r.active }))}
                  >
                    {r.active ? t('settings.deactivate') : t('settings.activate')}
                  </button>
                </li>
              ))}
            </ul>
          </div>
        );
      })}
      <form
        className="grid grid-cols-[7rem_7rem_1fr_1fr_auto] items-end gap-2"
        onSubmit={(e) => {
          e.preventDefault();
          const form = e.currentTarget;
          const f = new FormData(form);
          run(
            async () => {
              const x = await addReasonAction({
                kind: String(f.get('kind')) as 'WON',
                code: String(f.get('code') ?? '').toUpperCase(),
                labelKo: String(f.get('labelKo') ?? ''),
                labelEn: String(f.get('labelEn') ?? ''),
              });
              // the field errors too, in the one message above the lists
              return x.ok ? x : { ...x, error: [x.error, ...Object.values(x.fieldErrors ?? {}).flat()].join(' ') };
            },
            () => form.reset(),
          );
        }}
      >
        <SelectField id="rs-kind" name="kind" label={t('settings.kind')} options={KINDS.map((k) => [k, t(`outcome.${k}`)] as const)} />
        <TextInput id="rs-code" name="code" label={t('settings.code')} required pattern="[A-Za-z0-9_]{2,40}" />
        <TextInput id="rs-ko" name="labelKo" label={t('settings.labelKo')} required />
        <TextInput id="rs-en" name="labelEn" label={t('settings.labelEn')} required />
        <Button type="submit" disabled={pending}>
          {t('settings.add')}
        </Button>
      </form>
    </div>
  );
}
