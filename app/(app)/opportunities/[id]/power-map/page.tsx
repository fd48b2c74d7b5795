import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { z } from '@/lib/validation/z';
import { db } from '@/lib/db/client';
import { requireSession } from '@/lib/auth/session';
import { can } from '@/lib/auth/permissions';
import { editableOpportunityIds, getOpportunityName } from '@/lib/db/queries/opportunities';
import { listOpportunityPowerMap } from '@/lib/db/queries/power-map';
import { listActiveUserOptions } from '@/lib/db/queries/users';
import { powerMapLayout } from '@/lib/server/power-map-layout';
import { PageHeader } from '@/components/ui/page-header';
import { PowerMapEditor } from './power-map-editor';
import { addPowerMapPersonAction, updatePowerMapPersonAction } from './actions';

// 파워맵: the deal's buying committee as a diagram and a table, editable by the deal's rep.
// The whole page waits for its reads (no loading boundary: the map is drawn in the first HTML), so
// they go in one round: the deal's name, its people (one statement; laid out as soon as they arrive,
// while the other reads are still on their way — memoised per map), whether the user may edit it
// and the owner options.
export default async function PowerMapPage({ params }: { params: Promise<{ id: string }> }) {
  const session = await requireSession();
  const { id } = await params;
  if (!z.uuid().safeParse(id).success) notFound();
  const [name, { people, layout }, editable, owners, t] = await Promise.all([
    getOpportunityName(db, id),
    listOpportunityPowerMap(db, id).then(async (people) => ({ people, layout: await powerMapLayout(people) })),
    can(session.roles, 'tools:edit') ? editableOpportunityIds(db, session, [id]).then((ids) => ids.has(id)) : false,
    listActiveUserOptions(db),
    getTranslations('powerMap'),
  ]);
  if (name === null) notFound();
  return (
    <div className="flex flex-col gap-4">
      <nav className="text-sm text-slate-600 print:hidden">
        <Link href={`/opportunities/${id}`} className="hover:underline">
          ← {t('back')}
        </Link>
      </nav>
      <PageHeader title={`${t('title')} · ${name}`} description={t('description')} />
      <PowerMapEditor
        opportunityId={id}
        people={people}
        layout={layout}
        owners={owners}
        editable={editable}
        update={updatePowerMapPersonAction}
        add={addPowerMapPersonAction}
      />
    </div>
  );
}
