import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import { z } from '@/lib/validation/z';
import { db } from '@/lib/db/client';
import { requireSession } from '@/lib/auth/session';
import { can } from '@/lib/auth/permissions';
import { getCompetitorProfile } from '@/lib/server/commands/tools';
import { DomainError } from '@/lib/server/errors';
import { EMPTY, formatDate, formatKrw, formatPercent } from '@/lib/domain/format';
import { Card, CardBody, CardHeader, CardTitle } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';
import { updateCompetitorAction } from '../actions';
import { ProfileForm } from './profile-form';
import { CompetitorDeals, RecordTable } from './profile-tables';

export default async function CompetitorPage({ params }: { params: Promise<{ id: string }> }) {
  const session = await requireSession();
  const { id } = await params;
  if (!z.uuid().safeParse(id).success) notFound();
  const profile = await getCompetitorProfile(db, session, id).catch((e) => {
    if (e instanceof DomainError && e.code === 'NOT_FOUND') notFound();
    throw e;
  });
  const t = await getTranslations('tools');
  const locale = (await getLocale()) === 'en' ? 'en' : 'ko';
  const { competitor, record, lessons, deals } = profile;
  const total = record.total;
  return (
    <>
      <nav aria-label={t('title')} className="mb-1 text-sm text-slate-500">
        <Link href="/tools" className="hover:underline">
          {t('title')}
        </Link>{' '}
        /{' '}
        <Link href="/tools/competitors" className="hover:underline">
          {t('competitors.back')}
        </Link>
      </nav>
      <PageHeader title={competitor.name} description={t('competitors.description')} />
      <div className="grid gap-4 lg:grid-cols-2">
        <Card>
          <CardHeader>
            <CardTitle>{t('competitors.edit')}</CardTitle>
          </CardHeader>
          <CardBody>
            <ProfileForm
              key={competitor.version}
              initial={competitor}
              editable={can(session.roles, 'tools:edit')}
              save={updateCompetitorAction}
            />
          </CardBody>
        </Card>
        <Card data-testid="competitor-record-card">
          <CardHeader>
            <CardTitle>{t('competitors.record.title')}</CardTitle>
          </CardHeader>
          <CardBody className="flex flex-col gap-3">
            <dl className="grid grid-cols-2 gap-2 sm:grid-cols-4" data-testid="competitor-record-total">
              {(['WON_AGAINST', 'LOST_TO', 'NO_DECISION', 'LOST_OTHER'] as const).map((k) => (
                <div key={k} className="rounded-md border border-slate-200 px-3 py-2">
                  <dt className="text-xs text-slate-500">{t(`competitors.record.${k}`)}</dt>
                  <dd className="tabular text-lg font-semibold text-slate-900">
                    {t('competitors.record.count', { count: total[k].deals })}
                  </dd>
                  <dd className="tabular text-xs text-slate-600">{formatKrw(total[k].amount, locale)}</dd>
                </div>
              ))}
            </dl>
            <p className="text-sm text-slate-700">
              {t('competitors.record.winRate')}: <strong>{total.winRatePct === null ? EMPTY : formatPercent(total.winRatePct)}</strong>{' '}
              <span className="text-slate-500">({t('competitors.record.winRateHint')})</span>
            </p>
            <RecordTable
              rows={record.byCategory.map((c) => ({
                ...c,
                key: c.categoryId ?? 'none',
                category: (locale === 'en' ? c.categoryNameEn : c.categoryNameKo) ?? t('competitors.record.uncategorized'),
              }))}
            />
          </CardBody>
        </Card>
        <Card>
          <CardHeader>
            <CardTitle>{t('competitors.lessons.title')}</CardTitle>
          </CardHeader>
          <CardBody>
            {lessons.length === 0 ? (
              <p className="text-sm text-slate-600">{t('competitors.lessons.empty')}</p>
            ) : (
              <ul className="flex flex-col gap-2 text-sm" data-testid="competitor-lessons">
                {lessons.map((l) => (
                  <li key={l.id}>
                    <p className="font-medium text-slate-900">
                      {l.postmortemId ? (
                        <Link href={`/postmortems/${l.postmortemId}`} className="hover:underline">
                          {l.title}
                        </Link>
                      ) : (
                        l.title
                      )}
                    </p>
                    <p className="text-slate-700">{l.body}</p>
                    <p className="text-xs text-slate-500">
                      {formatDate(l.createdAt, locale)}
                      {l.accountName ? ` · ${l.accountName}` : ''}
                    </p>
                  </li>
                ))}
              </ul>
            )}
          </CardBody>
        </Card>
        <Card>
          <CardHeader>
            <CardTitle>{t('competitors.deals.title')}</CardTitle>
          </CardHeader>
          <CardBody>
            <CompetitorDeals rows={deals} />
          </CardBody>
        </Card>
      </div>
    </>
  );
}
