'use client';
import { useState, useTransition, type FormEvent } from 'react';
import Link from 'next/link';
import { useTranslations } from 'next-intl';
import { Button } from '@/components/ui/button';
import { SectionCard } from '@/components/ui/card';
import { Badge } from '@/components/ui/badge';
import { Input, Label, Select } from '@/components/ui/input';
import { toast, toastResult } from '@/components/toast';
import type { ActionResult } from '@/lib/server/action';
import type { OpportunityExpertDto } from '@/lib/server/commands/tools';
import type { LinkExpertInput } from '@/lib/validation/experts';
import { Options } from '@/components/forms/options';

type Items = { items: OpportunityExpertDto[] };

// The experts who helped this deal (issue 12 item 4), with what they did. People who may edit the deal
// link and unlink them; new experts are added in the expert network (/tools/experts).
export function ExpertsCard({
  opportunityId,
  initial,
  options,
  editable,
  canAddExperts,
  link,
  unlink,
}: {
  opportunityId: string;
  initial: OpportunityExpertDto[];
  options: { id: string; name: string; field: string; organization: string | null }[];
  editable: boolean;
  canAddExperts: boolean;
  link: (input: LinkExpertInput) => Promise<ActionResult<Items>>;
  unlink: (input: { opportunityId: string; expertId: string }) => Promise<ActionResult<Items>>;
}) {
  const t = useTranslations('experts');
  const [items, setItems] = useState(initial);
  const [expertId, setExpertId] = useState('');
  const [role, setRole] = useState('');
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<Record<string, string[]> | undefined>();
  const [pending, start] = useTransition();
  const linked = new Set(items.map((i) => i.expertId));
  const onLink = (e: FormEvent) => {
    e.preventDefault();
    if (!expertId) return;
    start(async () => {
      const r = await link({ opportunityId, expertId, role, note });
      if (!r.ok) {
        setErrors(r.fieldErrors);
        return void toast.error(r.error);
      }
      setErrors(undefined);
      setItems(r.data.items);
      toast.success(t('opp.linked', { name: r.data.items.find((i) => i.expertId === expertId)?.name ?? '' }));
      setExpertId('');
      setRole('');
      setNote('');
    });
  };
  const err = (k: string) =>
    errors?.[k]?.length ? (
      <p className="text-xs text-rose-600" id={`expert-${k}-error`}>
        {errors[k]!.join(' ')}
      </p>
    ) : null;
  return (
    <SectionCard title={t('opp.title')} data-testid="opportunity-experts" bodyClassName="flex flex-col gap-3">
      {items.length === 0 ? <p className="text-sm text-slate-600">{t('opp.empty')}</p> : null}
      <ul className="flex flex-col gap-2">
        {items.map((x) => (
          <li key={x.expertId} className="rounded-md border border-slate-200 p-2" data-testid={`opp-expert-${x.name}`}>
            <div className="flex flex-wrap items-center justify-between gap-2">
              <span className="flex flex-wrap items-center gap-2">
                <Link href={`/tools/experts/${x.expertId}`} className="font-medium text-indigo-700 hover:underline">
                  {x.name}
                </Link>
                <Badge tone={x.internal ? 'accent' : 'neutral'}>{t(`kind.${x.internal ? 'INTERNAL' : 'EXTERNAL'}`)}</Badge>
                <span className="text-sm text-slate-600">{[x.field, x.organization].filter(Boolean).join(' · ')}</span>
              </span>
              {editable ? (
                <Button
                  variant="ghost"
                  size="sm"
                  disabled={pending}
                  onClick={() =>
                    start(async () => {
                      const r = await unlink({ opportunityId, expertId: x.expertId });
                      if (toastResult(r, t('opp.unlinked')) && r.ok) setItems(r.data.items);
                    })
                  }
                >
                  {t('opp.unlink', { name: x.name })}
                </Button>
              ) : null}
            </div>
            {x.role || x.note ? <p className="mt-1 text-sm text-slate-700">{[x.role, x.note].filter(Boolean).join(' · ')}</p> : null}
            {x.createdByName ? <p className="text-xs text-slate-500">{t('opp.by', { name: x.createdByName })}</p> : null}
          </li>
        ))}
      </ul>
      {editable ? (
        <form onSubmit={onLink} className="flex flex-wrap items-end gap-2" aria-label={t('opp.add')}>
          <div className="flex flex-col gap-1">
            <Label htmlFor="expert-picker">{t('opp.picker')}</Label>
            <Select
              id="expert-picker"
              value={expertId}
              onChange={(e) => setExpertId(e.target.value)}
              aria-invalid={errors?.expertId?.length ? true : undefined}
              aria-describedby={errors?.expertId?.length ? 'expert-expertId-error' : undefined}
            >
              <Options
                empty={t('opp.choose')}
                options={options
                  .filter((o) => !linked.has(o.id))
                  .map((o) => ({ id: o.id, name: [o.name, o.field, o.organization].filter(Boolean).join(' · ') }))}
              />
            </Select>
            {err('expertId')}
          </div>
          <div className="flex flex-col gap-1">
            <Label htmlFor="expert-role">{t('opp.role')}</Label>
            <Input id="expert-role" value={role} onChange={(e) => setRole(e.target.value)} maxLength={200} className="max-w-xs" />
            {err('role')}
          </div>
          <div className="flex min-w-40 flex-1 flex-col gap-1">
            <Label htmlFor="expert-note">{t('opp.note')}</Label>
            <Input id="expert-note" value={note} onChange={(e) => setNote(e.target.value)} maxLength={1000} />
            {err('note')}
          </div>
          <Button type="submit" variant="secondary" disabled={pending || !expertId}>
            {t('opp.add')}
          </Button>
        </form>
      ) : null}
      {editable && canAddExperts ? (
        <Link href="/tools/experts" className="self-start text-sm text-indigo-700 hover:underline">
          {t('opp.manage')}
        </Link>
      ) : null}
    </SectionCard>
  );
}
