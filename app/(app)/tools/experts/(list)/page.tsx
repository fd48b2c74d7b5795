import { getTranslations } from 'next-intl/server';
import { db } from '@/lib/db/client';
import { requireSession } from '@/lib/auth/session';
import { can } from '@/lib/auth/permissions';
import { listActiveUserOptions } from '@/lib/db/queries/users';
import { listExpertFields } from '@/lib/db/queries/experts';
import { listExpertsCmd } from '@/lib/server/commands/tools';
import { listExpertsQuerySchema } from '@/lib/validation/experts';
import { ToolsHeader } from '../../tools-header';
import { ExpertsList } from '../experts-list';
import { createExpertAction } from '../actions';

// 전문가 네트워크 (issue 12 item 4): experts filtered by ?q= (name, domain, organisation; ILIKE), ?kind= and ?field=.
export default async function ExpertsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const session = await requireSession();
  const t = await getTranslations('experts');
  const sp = await searchParams;
  const str = (k: string) => (typeof sp[k] === 'string' && sp[k].trim() ? sp[k] : undefined);
  const parsed = listExpertsQuerySchema.safeParse({ q: str('q'), kind: str('kind'), field: str('field'), limit: 500 });
  const query = parsed.success ? parsed.data : { limit: 500 };
  const canEdit = can(session.roles, 'tools:edit');
  const [{ items }, fields, users] = await Promise.all([
    listExpertsCmd(db, session, query),
    listExpertFields(db),
    canEdit ? listActiveUserOptions(db) : Promise.resolve([]),
  ]);
  const filters = { q: query.q ?? '', kind: query.kind ?? '', field: query.field ?? '' };
  return (
    <>
      <ToolsHeader title={t('title')} description={t('description')} />
      <ExpertsList
        key={JSON.stringify(filters)}
        rows={items}
        filters={filters}
        fields={fields}
        users={users}
        canEdit={canEdit}
        create={createExpertAction}
      />
    </>
  );
}
