import { getTranslations } from 'next-intl/server';
import { db } from '@/lib/db/client';
import { requireSession } from '@/lib/auth/session';
import { can } from '@/lib/auth/permissions';
import { listQaEntriesCmd } from '@/lib/server/commands/tools';
import { listQaEntriesQuerySchema } from '@/lib/validation/tools';
import { ToolsHeader } from '../tools-header';
import { QaList } from './qa-list';
import { createQaEntryAction, updateQaEntryAction } from './actions';

// 질의응답 사전 (issue 12 item 3): the entries, searched by ?q= (need type, question, answer; ILIKE).
export default async function QaPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const session = await requireSession();
  const t = await getTranslations('tools');
  const sp = await searchParams;
  const parsed = listQaEntriesQuerySchema.safeParse({ q: typeof sp.q === 'string' && sp.q.trim() ? sp.q : undefined, limit: 500 });
  const query = parsed.success ? parsed.data : { limit: 500 };
  const { items } = await listQaEntriesCmd(db, session, query);
  return (
    <>
      <ToolsHeader title={t('qa.title')} description={t('qa.description')} />
      <QaList
        key={query.q ?? ''}
        rows={items}
        q={query.q ?? ''}
        canEdit={can(session.roles, 'tools:edit')}
        create={createQaEntryAction}
        update={updateQaEntryAction}
      />
    </>
  );
}
