'use client';
import { useRouter, usePathname } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useTransition } from 'react';
import { Input, Label } from '@/components/ui/input';
import { FilterSelect } from '@/components/forms/options';
import { Button } from '@/components/ui/button';
import type { BoardFilters as Filters } from '@/lib/validation/opportunities';

type Opt = { id: string; name: string };

/** Filters live in the URL (shareable, back button works); each change navigates. */
export function BoardFilters({
  value,
  owners,
  managers,
  categories,
}: {
  value: Filters;
  owners: Opt[];
  managers: Opt[];
  categories: Opt[];
}) {
  const t = useTranslations('tiers');
  const router = useRouter();
  const path = usePathname();
  const [pending, start] = useTransition();

  const set = (key: string, v: string | null) => {
    const p = new URLSearchParams();
    const cur: Record<string, string | undefined> = {
      owner: value.owner?.join(','),
      team: value.team,
      category: value.category,
      region: value.region,
      horizon: value.horizon,
      stalled: value.stalled ? '1' : undefined,
      q: value.q,
    };
    cur[key] = v ?? undefined;
    for (const [k, x] of Object.entries(cur)) if (x) p.set(k, x);
    start(() => router.push(`${path}${p.size ? `?${p}` : ''}`));
  };
  const any = !!(value.owner?.length || value.team || value.category || value.region || value.horizon || value.stalled || value.q);

  return (
    <form
      role="search"
      aria-label={t('filters.label')}
      aria-busy={pending}
      className="mb-4 flex flex-wrap items-end gap-3 rounded-lg border border-slate-200 bg-white px-3 py-2 shadow-sm"
      onSubmit={(e) => {
        e.preventDefault();
        set('q', String(new FormData(e.currentTarget).get('q') ?? '').trim() || null);
      }}
    >
      <div className="flex flex-col gap-1">
        <Label htmlFor="f-q">{t('filters.search')}</Label>
        <Input id="f-q" name="q" defaultValue={value.q ?? ''} className="w-48" />
      </div>
      {(
        [
          ['owner', value.owner?.[0], owners],
          ['team', value.team, managers],
          ['category', value.category, categories],
          ['region', value.region, (['DOMESTIC', 'OVERSEAS'] as const).map((r) => ({ id: r, name: t(`filters.${r}`) }))],
          ['horizon', value.horizon, (['SHORT', 'MID', 'LONG'] as const).map((h) => ({ id: h, name: t(`horizon.${h}`) }))],
        ] as const
      ).map(([key, current, options]) => (
        <Sel
          key={key}
          id={`f-${key}`}
          label={t(`filters.${key}`)}
          value={current ?? ''}
          onChange={(v) => set(key, v)}
          all={t('filters.all')}
          options={options}
        />
      ))}
      <label className="flex h-9 items-center gap-2 text-sm text-slate-700">
        <input
          type="checkbox"
          checked={!!value.stalled}
          onChange={(e) => set('stalled', e.target.checked ? '1' : null)}
          className="size-4"
        />
        {t('filters.stalledOnly')}
      </label>
      {any ? (
        <Button variant="ghost" size="sm" onClick={() => start(() => router.push(path))}>
          {t('filters.clear')}
        </Button>
      ) : null}
    </form>
  );
}

/** A board filter: "all" clears it. */
function Sel({
  onChange,
  ...p
}: {
  id: string;
  label: string;
  value: string;
  onChange: (v: string | null) => void;
  options: Opt[];
  all: string;
}) {
  return <FilterSelect {...p} onChange={(e) => onChange(e.target.value || null)} className="w-40" />;
}
