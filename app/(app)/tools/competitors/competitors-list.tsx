'use client';
import { useState, useTransition, type FormEvent } from 'react';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { DataTable, useColumns } from '@/components/data-table';
import { TextInput, SubmitButton } from '@/components/forms/field';
import { toast } from '@/components/toast';
import type { ActionResult } from '@/lib/server/action';
import type { CompetitorDto } from '@/lib/server/commands/tools';
import type { CreateCompetitorInput } from '@/lib/validation/tools';
import { competitorColumns } from './columns';

type Created = { competitor: CompetitorDto; created: boolean };

export function CompetitorsList({
  rows,
  canEdit,
  create,
}: {
  rows: CompetitorDto[];
  canEdit: boolean;
  create: (input: CreateCompetitorInput) => Promise<ActionResult<Created>>;
}) {
  const t = useTranslations('tools');
  const columns = useColumns(t, competitorColumns);
  const router = useRouter();
  const [name, setName] = useState('');
  const [errors, setErrors] = useState<Record<string, string[]> | undefined>();
  const [pending, start] = useTransition();
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    start(async () => {
      const r = await create({ name });
      if (!r.ok) {
        setErrors(r.fieldErrors);
        toast.error(r.error);
        return;
      }
      setErrors(undefined);
      setName('');
      toast.success(t(r.data.created ? 'competitors.created' : 'competitors.matched', { name: r.data.competitor.name }));
      router.push(`/tools/competitors/${r.data.competitor.id}`);
    });
  };
  return (
    <div className="flex flex-col gap-3">
      {canEdit ? (
        <form onSubmit={onSubmit} className="flex flex-wrap items-end gap-2" aria-label={t('competitors.new')}>
          <TextInput
            name="name"
            label={t('competitors.new')}
            value={name}
            onChange={(e) => setName(e.target.value)}
            errors={errors}
            required
            maxLength={120}
          />
          <SubmitButton pending={pending} disabled={!name.trim()}>
            {t('competitors.create')}
          </SubmitButton>
        </form>
      ) : null}
      <DataTable
        caption={t('competitors.caption')}
        columns={columns}
        data={rows}
        rowHref={(r) => `/tools/competitors/${r.id}`}
        rowTestId={(r) => `competitor-row-${r.name}`}
        exportHref="/tools/competitors/export"
        initialSort={{ id: 'name', desc: false }}
        empty={{ title: t('competitors.empty.title'), description: t('competitors.empty.description') }}
      />
    </div>
  );
}
