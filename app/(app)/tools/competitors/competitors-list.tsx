'use client';
import { useState } from 'react';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { DataTable, useColumns } from '@/components/data-table';
import { NameForm } from '@/components/name-form';
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
  const [errors, setErrors] = useState<Record<string, string[]> | undefined>();
  const onSubmit = async (name: string) => {
    const r = await create({ name });
    if (!r.ok) {
      setErrors(r.fieldErrors);
      toast.error(r.error);
      return false;
    }
    setErrors(undefined);
    toast.success(t(r.data.created ? 'competitors.created' : 'competitors.matched', { name: r.data.competitor.name }));
    router.push(`/tools/competitors/${r.data.competitor.id}`);
    return true;
  };
  return (
    <div className="flex flex-col gap-3">
      {canEdit ? (
        <NameForm
          id="f-name"
          formLabel={t('competitors.new')}
          label={t('competitors.new')}
          submitLabel={t('competitors.create')}
          onSubmit={onSubmit}
          errors={errors}
          maxLength={120}
        />
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
