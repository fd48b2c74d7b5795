'use client';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { DataTable, useColumns } from '@/components/data-table';
import { ActivityForm } from '@/components/activity-form';
import { PowerMapDiagram } from '@/components/power-map/diagram';
import { useDiagramLabels } from '@/components/power-map/use-diagram-labels';
import { PowerMapLegend } from '@/components/power-map/legend';
import { powerMapColumns } from '@/components/power-map/columns';
import type { PowerMapLayout } from '@/components/power-map/geometry';
import type { PowerMapPersonItem } from '@/lib/validation/power-map';
import { addAccountActivityAction } from './actions';

export function AccountActivityForm({ accountId, deals }: { accountId: string; deals: { id: string; name: string }[] }) {
  const router = useRouter();
  return (
    <ActivityForm
      idPrefix="acc-act"
      deals={deals}
      onSubmit={(v) => addAccountActivityAction({ ...v, accountId })}
      onDone={() => router.refresh()}
    />
  );
}

/** The union of the account's deals' power maps, read-only: diagram and table. */
export function AccountPowerMap({
  accountId,
  people,
  layout,
}: {
  accountId: string;
  people: PowerMapPersonItem[];
  layout: PowerMapLayout;
}) {
  const t = useTranslations('powerMap');
  const columns = useColumns(t, powerMapColumns);
  const labels = useDiagramLabels(t('accountTitle'));
  if (people.length === 0) return <p className="text-sm text-slate-600">{t('empty')}</p>;
  return (
    <div className="flex flex-col gap-3" data-testid="account-power-map">
      <p className="text-sm text-slate-600">{t('accountHint')}</p>
      <PowerMapLegend />
      <div className="grid gap-4 xl:grid-cols-5">
        <div className="xl:col-span-3">
          <PowerMapDiagram people={people} layout={layout} labels={labels} editable={false} className="h-[420px]" />
        </div>
        <div className="xl:col-span-2">
          <DataTable
            caption={t('table')}
            columns={columns}
            data={people}
            getRowId={(r) => r.contactId}
            maxHeight="none"
            exportHref={`/accounts/${accountId}/power-map/export`}
          />
        </div>
      </div>
    </div>
  );
}
