import { getTranslations } from 'next-intl/server';
import { db } from '@/lib/db/client';
import { listPendingPostmortems, listPostmortems, type PostmortemListRow } from '@/lib/db/queries/postmortems';
import { classifyPending } from '@/lib/domain/postmortems';
import { getSetting } from '@/lib/server/settings';
import { SectionCard } from '@/components/ui/card';
import { EmptyState } from '@/components/ui/empty-state';
import { PageHeader } from '@/components/ui/page-header';
import { PendingTable, PostmortemTable } from './tables';
import { can } from '@/lib/auth/permissions';
import { editableOpportunityIds } from '@/lib/db/queries/opportunities';
import { requireReader } from '../access';

export default async function PostmortemsPage() {
  const session = await requireReader('opportunity:read', 'lesson:read');
  const t = await getTranslations('postmortems');
  const now = new Date();
  const [pending, drafts, published, dueDays] = await Promise.all([
    listPendingPostmortems(db),
    listPostmortems(db, 'DRAFT'),
    listPostmortems(db, 'PUBLISHED'),
    getSetting(db, 'postmortemDueDays'),
  ]);
  const rows = classifyPending(pending.rows, now, dueDays);
  // the deals this user may write a postmortem for (own / team's; admins all): one query
  const writable = can(session.roles, 'postmortem:write')
    ? await editableOpportunityIds(
        db,
        session,
        rows.map((r) => r.opportunityId),
      )
    : new Set<string>();

  return (
    <div className="flex flex-col gap-6">
      <PageHeader title={t('title')} description={t('description')} />

      <section aria-labelledby="pm-pending">
        <SectionCard
          title={t('list.pending')}
          count={pending.total}
          description={t('list.pendingHint', { days: dueDays })}
          titleId="pm-pending"
          bare
        >
          {rows.length === 0 ? (
            <div className="p-4">
              <EmptyState title={t('list.emptyPending')} description={t('list.emptyPendingHint')} />
            </div>
          ) : (
            <div className="p-3">
              <PendingTable rows={rows.map((r) => ({ ...r, writable: writable.has(r.opportunityId) }))} />
              {pending.total > rows.length ? (
                <p className="border-t border-slate-100 px-3 py-2 text-xs text-slate-500">
                  {t('list.pendingMore', { shown: rows.length, total: pending.total })}
                </p>
              ) : null}
            </div>
          )}
        </SectionCard>
      </section>

      <PostmortemSection
        id="pm-drafts"
        title={t('list.drafts')}
        rows={drafts}
        empty={<EmptyState title={t('list.emptyDrafts')} />}
        dateKey="updatedAt"
      />
      <PostmortemSection
        id="pm-published"
        title={t('list.published')}
        rows={published}
        empty={<EmptyState title={t('list.emptyPublished')} description={t('list.emptyPublishedHint')} />}
        dateKey="heldAt"
      />
    </div>
  );
}

function PostmortemSection({
  id,
  title,
  rows,
  empty,
  dateKey,
}: {
  id: string;
  title: string;
  rows: PostmortemListRow[];
  empty: React.ReactNode;
  dateKey: 'updatedAt' | 'heldAt';
}) {
  const list = dateKey === 'heldAt' ? 'published' : 'drafts';
  return (
    <section aria-labelledby={id}>
      <SectionCard title={title} count={rows.length} titleId={id} bare>
        {rows.length === 0 ? (
          <div className="p-4">{empty}</div>
        ) : (
          <div className="p-3">
            <PostmortemTable rows={rows} args={[dateKey]} caption={`list.${list}`} exportHref={`/postmortems/export?list=${list}`} />
          </div>
        )}
      </SectionCard>
    </section>
  );
}
