import Link from 'next/link';
import { getFormatter, getTranslations } from 'next-intl/server';
import { db } from '@/lib/db/client';
import { requireSession } from '@/lib/auth/session';
import { can } from '@/lib/auth/permissions';
import { getMyWork } from '@/lib/server/commands/work/get-my-work';
import { formatCount } from '@/lib/domain/work';
import { Badge } from '@/components/ui/badge';
import { Card, CardBody, CardHeader, CardTitle } from '@/components/ui/card';
import { EmptyState } from '@/components/ui/empty-state';
import { PageHeader } from '@/components/ui/page-header';
import { AnswerFindingForm } from './answer-form';
import { answerFindingFromWorkAction } from './actions';
import { ThisWeek } from './this-week';

// 내 업무: everything waiting for the signed-in person, grouped by kind; each row links to where
// the work is done, and a finding on your deal can be answered right here.
export default async function WorkPage() {
  const session = await requireSession();
  const t = await getTranslations('work');
  const format = await getFormatter();
  const work = await getMyWork(db, session);
  const groups = work.groups.filter((g) => g.count > 0);
  const mayAnswer = can(session.roles, 'vrb:finding:answer');
  const when = (at: string | null) => {
    if (!at) return null;
    const d = new Date(at.length === 10 ? `${at}T00:00:00Z` : at);
    return Number.isNaN(d.getTime()) ? at : format.dateTime(d, { dateStyle: 'medium' });
  };
  return (
    <>
      <PageHeader title={t('title')} description={t('description')} />
      {can(session.roles, 'opportunity:edit') ? <ThisWeek session={session} /> : null}
      {groups.length === 0 ? (
        <EmptyState title={t('empty')} description={t('emptyHint')} />
      ) : (
        <div className="grid gap-4 lg:grid-cols-2">
          {groups.map((g) => (
            <Card key={g.kind}>
              <CardHeader>
                <CardTitle>
                  <span id={`work-${g.kind}`}>{t(`kinds.${g.kind}`)}</span>{' '}
                  <Badge tone="info" data-testid={`work-count-${g.kind}`}>
                    {formatCount(g.count)}
                  </Badge>
                </CardTitle>
                {g.count > g.items.length ? (
                  <span className="text-xs text-slate-600">{t('more', { shown: g.items.length, count: formatCount(g.count) })}</span>
                ) : null}
              </CardHeader>
              <CardBody>
                <ul aria-labelledby={`work-${g.kind}`} className="divide-y divide-slate-100">
                  {g.items.map((i) => (
                    <li key={i.id} className="py-2" data-testid={`work-item-${g.kind}`}>
                      <div className="flex flex-wrap items-baseline justify-between gap-2">
                        <Link href={i.link} className="font-medium text-slate-900 hover:text-indigo-700 hover:underline">
                          {i.title}
                        </Link>
                        <span className="text-xs text-slate-600">{when(i.at)}</span>
                      </div>
                      <div className="flex flex-wrap gap-2 text-xs text-slate-600">
                        {i.subtitle ? <span>{i.subtitle}</span> : null}
                        {work.team && i.ownerName ? (
                          <Badge tone={i.mine ? 'neutral' : 'warning'}>{i.mine ? t('mine') : t('owner', { name: i.ownerName })}</Badge>
                        ) : null}
                      </div>
                      {g.kind === 'FINDING_TO_ANSWER' && mayAnswer && i.version !== null ? (
                        <AnswerFindingForm
                          findingId={i.id}
                          reviewId={i.link.split('/').pop()!}
                          version={i.version}
                          title={i.title}
                          action={answerFindingFromWorkAction}
                        />
                      ) : null}
                    </li>
                  ))}
                </ul>
              </CardBody>
            </Card>
          ))}
        </div>
      )}
    </>
  );
}
