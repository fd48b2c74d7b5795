import { getTranslations } from 'next-intl/server';
import { db } from '@/lib/db/client';
import { requireSession } from '@/lib/auth/session';
import { can } from '@/lib/auth/permissions';
import { listCompetitorsCmd } from '@/lib/server/commands/tools';
import { ToolsHeader } from '../../tools-header';
import { CompetitorsList } from '../competitors-list';
import { createCompetitorAction } from '../actions';

export default async function CompetitorsPage() {
  const session = await requireSession();
  const t = await getTranslations('tools');
  const { items } = await listCompetitorsCmd(db, session, { limit: 500 });
  return (
    <>
      <ToolsHeader title={t('competitors.title')} description={t('competitors.description')} />
      <CompetitorsList rows={items} canEdit={can(session.roles, 'tools:edit')} create={createCompetitorAction} />
    </>
  );
}
