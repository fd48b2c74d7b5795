'use client';
import { useState, useTransition, type FormEvent } from 'react';
import Link from 'next/link';
import { useTranslations } from 'next-intl';
import { Button } from '@/components/ui/button';
import { SectionCard } from '@/components/ui/card';
import { Input, Label, Select } from '@/components/ui/input';
import { toast, toastResult } from '@/components/toast';
import { competitorNameKey } from '@/lib/domain/tools/competitor-name';
import type { ActionResult } from '@/lib/server/action';
import type { OpportunityCompetitorRow } from '@/lib/db/queries/competitors';
import { Options } from '@/components/forms/options';

type Items = { items: OpportunityCompetitorRow[] };
type Position = 'AHEAD' | 'EVEN' | 'BEHIND';

// The deal's competitors with our position against each (issue 12 item 2). The picker lists the known
// competitors; a name that is not one of them (spaces and case aside) is created and linked in one go.
export function CompetitorsCard({
  opportunityId,
  initial,
  options,
  editable,
  linkByName,
  setPosition,
  unlink,
}: {
  opportunityId: string;
  initial: OpportunityCompetitorRow[];
  options: { id: string; name: string }[];
  editable: boolean;
  linkByName: (input: {
    opportunityId: string;
    name: string;
  }) => Promise<ActionResult<Items & { created: boolean; competitor: { name: string } }>>;
  setPosition: (input: {
    opportunityId: string;
    competitorId: string;
    position: Position | null;
    positionNote: string | null;
  }) => Promise<ActionResult<Items>>;
  unlink: (input: { opportunityId: string; competitorId: string }) => Promise<ActionResult<Items>>;
}) {
  const t = useTranslations('tools');
  const [items, setItems] = useState(initial);
  const [name, setName] = useState('');
  const [pending, start] = useTransition();
  const known = new Map(options.map((o) => [competitorNameKey(o.name), o.name]));
  const key = competitorNameKey(name);
  const match = key ? known.get(key) : undefined;

  const onLink = (e: FormEvent) => {
    e.preventDefault();
    if (!name.trim()) return;
    start(async () => {
      const r = await linkByName({ opportunityId, name });
      if (!r.ok) return void toast.error(r.error);
      setItems(r.data.items);
      setName('');
      toast.success(t('oppCompetitors.linked', { name: r.data.competitor.name }));
    });
  };
  return (
    <SectionCard title={t('oppCompetitors.title')} data-testid="opportunity-competitors" bodyClassName="flex flex-col gap-3">
      {items.length === 0 ? <p className="text-sm text-slate-600">{t('oppCompetitors.empty')}</p> : null}
      <ul className="flex flex-col gap-3">
        {items.map((c) => (
          <CompetitorRow
            key={c.competitorId}
            row={c}
            editable={editable}
            pending={pending}
            onSave={(position, positionNote) =>
              start(async () => {
                const r = await setPosition({ opportunityId, competitorId: c.competitorId, position, positionNote });
                if (toastResult(r, t('competitors.saved')) && r.ok) setItems(r.data.items);
              })
            }
            onUnlink={() =>
              start(async () => {
                const r = await unlink({ opportunityId, competitorId: c.competitorId });
                if (toastResult(r) && r.ok) setItems(r.data.items);
              })
            }
          />
        ))}
      </ul>
      {editable ? (
        <form onSubmit={onLink} className="flex flex-col gap-1" aria-label={t('oppCompetitors.picker')}>
          <Label htmlFor="competitor-picker">{t('oppCompetitors.picker')}</Label>
          <div className="flex flex-wrap gap-2">
            <Input
              id="competitor-picker"
              list="competitor-options"
              value={name}
              onChange={(e) => setName(e.target.value)}
              maxLength={120}
              autoComplete="off"
              aria-describedby="competitor-picker-desc"
              className="max-w-xs"
            />
            <datalist id="competitor-options">
              {options.map((o) => (
                <option key={o.id} value={o.name} />
              ))}
            </datalist>
            <Button type="submit" variant="secondary" disabled={pending || !name.trim()}>
              {name.trim() && !match ? t('oppCompetitors.createAndLink', { name: name.trim() }) : t('oppCompetitors.add')}
            </Button>
          </div>
          <p id="competitor-picker-desc" className="text-xs text-slate-500">
            {t('oppCompetitors.pickerHint')}
          </p>
        </form>
      ) : null}
    </SectionCard>
  );
}

function CompetitorRow({
  row,
  editable,
  pending,
  onSave,
  onUnlink,
}: {
  row: OpportunityCompetitorRow;
  editable: boolean;
  pending: boolean;
  onSave: (position: Position | null, note: string | null) => void;
  onUnlink: () => void;
}) {
  const t = useTranslations('tools');
  const [position, setPosition] = useState<string>(row.position ?? '');
  const [note, setNote] = useState(row.positionNote ?? '');
  const id = `pos-${row.competitorId}`;
  return (
    <li className="rounded-md border border-slate-200 p-2" data-testid={`opp-competitor-${row.name}`}>
      <div className="flex flex-wrap items-center justify-between gap-2">
        <Link href={`/tools/competitors/${row.competitorId}`} className="font-medium text-indigo-700 hover:underline">
          {row.name}
        </Link>
        {editable ? (
          <Button variant="ghost" size="sm" onClick={onUnlink} disabled={pending}>
            {t('oppCompetitors.unlink', { name: row.name })}
          </Button>
        ) : null}
      </div>
      <div className="mt-1 flex flex-wrap items-end gap-2">
        <div className="flex flex-col gap-1">
          <Label htmlFor={id}>{t('oppCompetitors.position')}</Label>
          <Select
            id={id}
            value={position}
            onChange={(e) => setPosition(e.target.value)}
            disabled={!editable || pending}
            aria-label={t('oppCompetitors.positionFor', { name: row.name })}
          >
            <Options
              empty={t('oppCompetitors.noPosition')}
              options={(['AHEAD', 'EVEN', 'BEHIND'] as const).map((p) => [p, t(`position.${p}`)] as const)}
            />
          </Select>
        </div>
        <div className="flex min-w-40 flex-1 flex-col gap-1">
          <Label htmlFor={`${id}-note`}>{t('oppCompetitors.positionNote')}</Label>
          <Input
            id={`${id}-note`}
            value={note}
            onChange={(e) => setNote(e.target.value)}
            disabled={!editable || pending}
            maxLength={1000}
          />
        </div>
        {editable ? (
          <Button
            size="sm"
            variant="secondary"
            disabled={pending}
            onClick={() => onSave((position || null) as Position | null, note.trim() || null)}
          >
            {t('oppCompetitors.savePosition')}
          </Button>
        ) : null}
      </div>
    </li>
  );
}
