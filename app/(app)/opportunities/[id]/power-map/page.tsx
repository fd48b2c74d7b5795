import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { z } from '@/lib/validation/z';
import { db } from '@/lib/db/client';
import { requireSession } from '@/lib/auth/session';
import { can } from '@/lib/auth/permissions';
import { getEditableOpportunity, getOpportunity } from '@/lib/db/queries/opportunities';
import { listActiveUserOptions } from '@/lib/db/queries/users';
import { getOpportunityPowerMap } from '@/lib/server/commands/power-map';
import { powerMapLayout } from '@/lib/server/power-map-layout';
import { PageHeader } from '@/components/ui/page-header';
import { PowerMapEditor } from './power-map-editor';
import { addPowerMapPersonAction, updatePowerMapPersonAction } from './actions';

// 파워맵: the deal's buying committee as a diagram and a table, editable by the deal's rep.
export default async function PowerMapPage({ params }: { params: Promise<{ id: string }> }) {
  const session = await requireSession();
  const { id } = await params;
  if (!z.uuid().safeParse(id).success) notFound();
  const opp = await getOpportunity(db, id);
  if (!opp) notFound();
  const t = await getTranslations('powerMap');
  const [map, editable, owners] = await Promise.all([
    getOpportunityPowerMap(db, session, id),
    can(session.roles, 'tools:edit') ? getEditableOpportunity(db, session, id).then(Boolean) : false,
    listActiveUserOptions(db),
  ]);
  const layout = await powerMapLayout(map.people);
  return (
    <div className="flex flex-col gap-4">
      <nav className="text-sm text-slate-600 print:hidden">
        <Link href={`/opportunities/${id}`} className="hover:underline">
          ← {t('back')}
        </Link>
      </nav>
      <PageHeader title={`${t('title')} · ${opp.name}`} description={t('description')} />
      <PowerMapEditor
        opportunityId={id}
        people={map.people}
        layout={layout}
        owners={owners}
        editable={editable}
        update={updatePowerMapPersonAction}
        add={addPowerMapPersonAction}
      />
    </div>
  );
}
