import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import { db } from '@/lib/db/client';
import { listPendingPostmortems, listPostmortems, type PostmortemListRow } from '@/lib/db/queries/postmortems';
import { classifyPending, POSTMORTEM_DUE_DAYS } from '@/lib/domain/postmortems';
import { formatKrw } from '@/lib/domain/format/money';
import { Badge } from '@/components/ui/badge';
import { Card, CardHeader, CardTitle } from '@/components/ui/card';
import { EmptyState } from '@/components/ui/empty-state';
import { PageHeader } from '@/components/ui/page-header';
import { can } from '@/lib/auth/permissions';
import { editableOpportunityIds } from '@/lib/db/queries/opportunities';
import { requireReader } from '../access';
import { OUTCOME_TONE, type OutcomeKey } from '../labels';
import { EMPTY, formatDate } from '@/lib/domain/format';

export default async function PostmortemsPage() {
  const session = await requireReader('opportunity:read', 'lesson:read');
  const [t, locale] = [await getTranslations('postmortems'), ((await getLocale()) === 'en' ? 'en' : 'ko') as 'ko' | 'en'];
  const now = new Date();
  const [pending, drafts, published] = await Promise.all([
    listPendingPostmortems(db),
    listPostmortems(db, 'DRAFT'),
    listPostmortems(db, 'PUBLISHED'),
  ]);
  const rows = classifyPending(pending.rows, now);
  // the deals this user may write a postmortem for (own / team's; admins all): one query
  const writable = can(session.roles, 'postmortem:write')
    ? await editableOpportunityIds(
        db,
        session,
        rows.map((r) => r.opportunityId),
      )
    : new Set<string>();
  const date = (d: Date | null) => (d ? formatDate(d, locale) : EMPTY);
  const th = 'px-3 py-2 font-medium';

  return (
    <div className="flex flex-col gap-6">
      <PageHeader title={t('title')} description={t('description')} />

      <section aria-labelledby="pm-pending">
        <Card>
          <CardHeader>
            <div>
              <CardTitle id="pm-pending">
                {t('list.pending')} <span className="ml-1 text-sm font-normal text-slate-500">{pending.total}</span>
              </CardTitle>
              <p className="mt-0.5 text-xs text-slate-500">{t('list.pendingHint', { days: POSTMORTEM_DUE_DAYS })}</p>
            </div>
          </CardHeader>
          {rows.length === 0 ? (
            <div className="p-4">
              <EmptyState title={t('list.emptyPending')} description={t('list.emptyPendingHint')} />
            </div>
          ) : (
            <div className="overflow-x-auto">
              <table className="w-full text-sm" data-testid="pending-table">
                <thead className="bg-slate-50 text-left text-xs text-slate-500">
                  <tr>
                    <th className={th}>{t('list.opportunity')}</th>
                    <th className={th}>{t('list.account')}</th>
                    <th className={th}>{t('list.outcome')}</th>
                    <th className={`${th} text-right`}>{t('list.amount')}</th>
                    <th className={th}>{t('list.closedAt')}</th>
                    <th className={th}>{t('list.dueAt')}</th>
                    <th className={th}>{t('list.state')}</th>
                  </tr>
                </thead>
                <tbody>
                  {rows.map((r) => {
                    const overdue = r.state === 'OVERDUE';
                    return (
                      <tr
                        key={r.opportunityId}
                        className={overdue ? 'border-t border-slate-100 bg-rose-50/60' : 'border-t border-slate-100'}
                        data-state={r.state}
                      >
                        <td className="px-3 py-2">
                          <Link
                            href={r.postmortemId ? `/postmortems/${r.postmortemId}` : `/opportunities/${r.opportunityId}`}
                            className="font-medium text-indigo-700 hover:underline"
                            aria-label={`${r.name} — ${r.postmortemId ? t('list.openRecord') : t('list.openOpportunity')}`}
                          >
                            {r.name}
                          </Link>
                        </td>
                        <td className="px-3 py-2 text-slate-700">{r.accountName}</td>
                        <td className="px-3 py-2">
                          <Badge tone={OUTCOME_TONE[r.outcome as OutcomeKey]}>{t(`outcome.${r.outcome}`)}</Badge>
                        </td>
                        <td className="px-3 py-2 text-right tabular-nums">{r.amount ? formatKrw(r.amount, locale) : EMPTY}</td>
                        <td className="px-3 py-2 whitespace-nowrap text-slate-600">{date(r.closedAt)}</td>
                        <td
                          className={
                            overdue ? 'px-3 py-2 font-medium whitespace-nowrap text-rose-700' : 'px-3 py-2 whitespace-nowrap text-slate-600'
                          }
                        >
                          {date(r.dueAt)}
                          <span className="ml-1.5 text-xs">
                            (
                            {overdue
                              ? t('list.overdue', { days: -r.daysLeft })
                              : r.daysLeft === 0
                                ? t('list.dueToday')
                                : t('list.dueIn', { days: r.daysLeft })}
                            )
                          </span>
                        </td>
                        <td className="px-3 py-2">
                          <div className="flex items-center gap-2">
                            {r.postmortemId ? (
                              <Badge tone="info">{t('list.draftExists')}</Badge>
                            ) : (
                              <Badge tone={overdue ? 'danger' : 'neutral'}>{t('list.notStarted')}</Badge>
                            )}
                            {writable.has(r.opportunityId) ? (
                              <Link
                                href={`/postmortems/write/${r.opportunityId}`}
                                className="text-sm font-medium text-indigo-700 hover:underline"
                                aria-label={`${r.postmortemId ? t('form.edit') : t('form.write')}: ${r.name}`}
                              >
                                {r.postmortemId ? t('form.edit') : t('form.write')}
                              </Link>
                            ) : null}
                          </div>
                        </td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
              {pending.total > rows.length ? (
                <p className="border-t border-slate-100 px-3 py-2 text-xs text-slate-500">
                  {t('list.pendingMore', { shown: rows.length, total: pending.total })}
                </p>
              ) : null}
            </div>
          )}
        </Card>
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

async function PostmortemSection({
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
  const t = await getTranslations('postmortems');
  const locale = (await getLocale()) === 'en' ? 'en' : 'ko';
  const th = 'px-3 py-2 font-medium';
  return (
    <section aria-labelledby={id}>
      <Card>
        <CardHeader>
          <CardTitle id={id}>
            {title} <span className="ml-1 text-sm font-normal text-slate-500">{rows.length}</span>
          </CardTitle>
        </CardHeader>
        {rows.length === 0 ? (
          <div className="p-4">{empty}</div>
        ) : (
          <div className="overflow-x-auto">
            <table className="w-full text-sm">
              <thead className="bg-slate-50 text-left text-xs text-slate-500">
                <tr>
                  <th className={th}>{t('list.opportunity')}</th>
                  <th className={th}>{t('list.outcome')}</th>
                  <th className={th}>{t('list.rootCauses')}</th>
                  <th className={`${th} text-right`}>{t('list.lessons')}</th>
                  <th className={`${th} text-right`}>{t('list.openActions')}</th>
                  <th className={th}>{dateKey === 'heldAt' ? t('list.heldAt') : t('list.updatedAt')}</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((r) => (
                  <tr key={r.id} className="border-t border-slate-100 hover:bg-slate-50">
                    <td className="px-3 py-2">
                      <Link href={`/postmortems/${r.id}`} className="font-medium text-indigo-700 hover:underline">
                        {r.opportunityName}
                      </Link>
                      <div className="text-xs text-slate-500">{r.accountName}</div>
                      {r.summary ? <p className="mt-0.5 line-clamp-1 max-w-md text-xs text-slate-600">{r.summary}</p> : null}
                    </td>
                    <td className="px-3 py-2">
                      <Badge tone={OUTCOME_TONE[r.outcome as OutcomeKey]}>{t(`outcome.${r.outcome as OutcomeKey}`)}</Badge>
                    </td>
                    <td className="px-3 py-2">
                      <div className="flex flex-wrap gap-1">
                        {r.rootCauses.map((c) => (
                          <Badge key={c} tone="accent">
                            {t(`rootCause.${c}` as never)}
                          </Badge>
                        ))}
                      </div>
                    </td>
                    <td className="px-3 py-2 text-right tabular-nums">{r.lessonCount}</td>
                    <td className="px-3 py-2 text-right tabular-nums">{r.openActionCount}</td>
                    <td className="px-3 py-2 whitespace-nowrap text-slate-600">
                      {formatDate((dateKey === 'heldAt' ? r.heldAt : null) ?? r.updatedAt, locale)}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </Card>
    </section>
  );
}
