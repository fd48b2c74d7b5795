'use client';
import { useState } from 'react';
import { useTranslations } from 'next-intl';
import { Button } from '@/components/ui/button';
import { Badge } from '@/components/ui/badge';
import { FormError, NumberInput, SelectField, TextInput } from '@/components/forms/field';
import type { ActionResult } from '@/lib/server/action';
import { useActionRunner } from '@/components/forms/use-action-runner';
import { useFormSubmit } from '@/components/forms/use-form-submit';

type Kind = 'reasons' | 'categories' | 'regions' | 'vrb-stages';
export type RefItem = { id: string; code: string; label: string; detail: string; active: boolean; group: string };
type Actions = {
  create: (i: { kind: Kind; item: Record<string, unknown> }) => Promise<ActionResult<void>>;
  update: (i: { kind: Kind; id: string; patch: Record<string, unknown> }) => Promise<ActionResult<void>>;
  remove: (i: { kind: Kind; id: string }) => Promise<ActionResult<void>>;
};

const DOMAINS = ['FINANCE', 'LEGAL', 'PROCUREMENT', 'TECHNOLOGY'] as const;
const REASON_KINDS = ['WON', 'LOST', 'NO_BID', 'DROPPED', 'DISQUALIFY'] as const;

/** One reference list: items in order with move up/down, activate/deactivate, delete; an add form. */
export function ReferenceList({ kind, items, actions }: { kind: Kind; items: RefItem[]; actions: Actions }) {
  const t = useTranslations('reference');
  const tv = useTranslations('vrb');
  const tt = useTranslations('tiers');
  const { pending, error, run } = useActionRunner();
  const groups = [...new Set(items.map((i) => i.group))];
  const p = `ref-${kind}`;
  return (
    <div className="flex flex-col gap-3">
      <FormError message={error} />
      {items.length === 0 ? <p className="text-sm text-slate-600">{t('empty')}</p> : null}
      {groups.map((g) => {
        const list = items.filter((i) => i.group === g);
        return (
          <div key={g || 'all'}>
            {g ? <p className="text-xs font-semibold text-slate-600">{kind === 'reasons' ? tt(`outcome.${g}`) : g}</p> : null}
            <ol className="flex flex-col divide-y divide-slate-100">
              {list.map((i, idx) => (
                <li key={i.id} className="flex flex-wrap items-center gap-2 py-1.5 text-sm" data-testid={`ref-${kind}-${i.code}`}>
                  <span className="w-6 text-slate-600">{idx + 1}</span>
                  <span className={i.active ? 'font-medium' : 'text-slate-500 line-through'}>{i.label}</span>
                  <code className="text-xs text-slate-600">{i.code}</code>
                  <span className="text-xs text-slate-600">{i.detail}</span>
                  {!i.active ? <Badge>{t('inactive')}</Badge> : null}
                  <span className="ml-auto flex gap-1">
                    <Button
                      size="sm"
                      variant="ghost"
                      disabled={pending || idx === 0}
                      aria-label={`${t('up')} ${i.label}`}
                      onClick={() => run(() => actions.update({ kind, id: i.id, patch: { position: idx } }))}
                    >
                      ↑
                    </Button>
                    <Button
                      size="sm"
                      variant="ghost"
                      disabled={pending || idx === list.length - 1}
                      aria-label={`${t('down')} ${i.label}`}
                      onClick={() => run(() => actions.update({ kind, id: i.id, patch: { position: idx + 2 } }))}
                    >
                      ↓
                    </Button>
                    <Button
                      size="sm"
                      variant="secondary"
                      disabled={pending}
                      onClick={() => run(() => actions.update({ kind, id: i.id, patch: { active: !i.active } }))}
                    >
                      {i.active ? t('deactivate') : t('activate')}
                    </Button>
                    <Button
                      size="sm"
                      variant="ghost"
                      disabled={pending}
                      aria-label={`${t('delete')} ${i.label}`}
                      onClick={() => run(() => actions.remove({ kind, id: i.id }))}
                    >
                      {t('delete')}
                    </Button>
                  </span>
                </li>
              ))}
            </ol>
          </div>
        );
      })}
      <form
        className="grid gap-2 rounded-md border border-slate-200 p-3 md:grid-cols-4"
        aria-label={t('add')}
        onSubmit={(e) => {
          e.preventDefault();
          const f = new FormData(e.currentTarget);
          const form = e.currentTarget;
          const s = (k: string) => String(f.get(k) ?? '').trim();
          const item: Record<string, unknown> =
            kind === 'reasons'
              ? { kind: s('reasonKind'), code: s('code'), labelKo: s('nameKo'), labelEn: s('nameEn') }
              : { code: s('code'), nameKo: s('nameKo'), nameEn: s('nameEn') };
          if (kind === 'regions') Object.assign(item, { scope: s('scope'), countryCode: s('countryCode') || null });
          if (kind === 'vrb-stages')
            Object.assign(item, {
              requiredDomains: f.getAll('domains').map(String),
              usualTier: s('usualTier') ? Number(s('usualTier')) : null,
            });
          run(
            () => actions.create({ kind, item }),
            () => form.reset(),
          );
        }}
      >
        {kind === 'reasons' ? (
          <SelectField
            id={`${p}-kind`}
            name="reasonKind"
            label={t('reasonKind')}
            options={REASON_KINDS.map((k) => [k, tt(`outcome.${k}`)] as const)}
          />
        ) : null}
        <TextInput id={`${p}-code`} name="code" label={t('code')} placeholder="CODE_1" />
        <TextInput id={`${p}-ko`} name="nameKo" label={t('nameKo')} />
        <TextInput id={`${p}-en`} name="nameEn" label={t('nameEn')} />
        {kind === 'regions' ? (
          <>
            <SelectField
              id={`${p}-scope`}
              name="scope"
              label={t('scope')}
              options={[
                ['DOMESTIC', t('domestic')],
                ['OVERSEAS', t('overseas')],
              ]}
            />
            <TextInput id={`${p}-cc`} name="countryCode" label={t('countryCode')} maxLength={2} placeholder="VN" />
          </>
        ) : null}
        {kind === 'vrb-stages' ? (
          <>
            <fieldset>
              <legend className="text-sm font-medium text-slate-700">{t('requiredDomains')}</legend>
              {DOMAINS.map((d) => (
                <label key={d} className="mr-3 inline-flex items-center gap-1 text-sm">
                  <input type="checkbox" name="domains" value={d} />
                  {tv(`domain.${d}`)}
                </label>
              ))}
            </fieldset>
            <SelectField
              id={`${p}-tier`}
              name="usualTier"
              label={t('usualTier')}
              placeholder="—"
              options={(['4', '3', '2', '1'] as const).map((n) => [n, `Tier ${n}`] as const)}
            />
          </>
        ) : null}
        <div className="flex items-end">
          <Button type="submit" disabled={pending}>
            {t('add')}
          </Button>
        </div>
      </form>
    </div>
  );
}

type GeneralValues = {
  marginFloorPct: number;
  postmortemDueDays: number;
  closedDealWindowDays: number;
  importUploadRetentionDays: number;
};

// the general settings' numbers: each field's name (its label key), id and range
const GENERAL = [
  { name: 'marginFloorPct', id: 'gs-floor', min: 0, max: 100, step: '0.1' },
  { name: 'postmortemDueDays', id: 'gs-pm', min: 1, max: 365, step: undefined },
  { name: 'closedDealWindowDays', id: 'gs-window', min: 1, max: 3650, step: undefined },
  { name: 'importUploadRetentionDays', id: 'gs-retention', min: 1, max: 365, step: undefined },
] as const;

export function GeneralSettingsForm({ value, save }: { value: GeneralValues; save: (v: GeneralValues) => Promise<ActionResult<unknown>> }) {
  const t = useTranslations('reference.general');
  const [msg, setMsg] = useState<{ ok: boolean; text: string } | null>(null);
  const { pending, onSubmit } = useFormSubmit(async (f) => {
    const r = await save(Object.fromEntries(GENERAL.map((g) => [g.name, Number(f.get(g.name))])) as GeneralValues);
    setMsg(r.ok ? { ok: true, text: t('saved') } : { ok: false, text: r.error });
  });
  return (
    <form className="grid max-w-xl gap-3 md:grid-cols-3" onSubmit={onSubmit}>
      {GENERAL.map((g) => (
        <NumberInput
          key={g.name}
          id={g.id}
          name={g.name}
          label={t(g.name)}
          min={g.min}
          max={g.max}
          step={g.step}
          defaultValue={value[g.name]}
        />
      ))}
      <div className="md:col-span-3">
        {msg ? (
          <p role="status" className={msg.ok ? 'mb-2 text-sm text-emerald-700' : 'mb-2 text-sm text-rose-700'}>
            {msg.text}
          </p>
        ) : null}
        <Button type="submit" disabled={pending}>
          {t('save')}
        </Button>
      </div>
    </form>
  );
}
