import { getLocale, getTranslations } from 'next-intl/server';
import { db } from '@/lib/db/client';
import { requireSession } from '@/lib/auth/session';
import { can } from '@/lib/auth/permissions';
import { getCompetitorProfile } from '@/lib/server/commands/tools';
import { recordOr404 } from '@/lib/server/record-or-404';
import { EMPTY, formatDate, formatKrw, formatPercent } from '@/lib/domain/format';
import { SectionCard } from '@/components/ui/card';
import { ToolsHeader } from '../../tools-header';
import { Stat } from '@/components/ui/stat';
import { LessonItem } from '@/components/lesson-item';
import { updateCompetitorAction } from '../actions';
import { ProfileForm } from './profile-form';
import { CompetitorDeals, RecordTable } from './profile-tables';

export default async function CompetitorPage({ params }: { params: Promise<{ id: string }> }) {
  const session = await requireSession();
  const { id } = await params;
  const profile = await recordOr404(id, (id) => getCompetitorProfile(db, session, id));
  const t = await getTranslations('tools');
  const tiers = await getTranslations('tiers');
  const locale = (await getLocale()) === 'en' ? 'en' : 'ko';
  const { competitor, record, lessons, deals } = profile;
  const total = record.total;
  return (
    <>
      <ToolsHeader
        list={{ href: '/tools/competitors', label: t('competitors.back') }}
        title={competitor.name}
        description={t('competitors.description')}
      />
      <div className="grid gap-4 lg:grid-cols-2">
        <SectionCard title={t('competitors.edit')}>
          <ProfileForm
            key={competitor.version}
            initial={competitor}
            editable={can(session.roles, 'tools:edit')}
            save={updateCompetitorAction}
          />
        </SectionCard>
        <SectionCard title={t('competitors.record.title')} data-testid="competitor-record-card" bodyClassName="flex flex-col gap-3">
          <dl className="grid grid-cols-2 gap-2 sm:grid-cols-4" data-testid="competitor-record-total">
            {(['WON_AGAINST', 'LOST_TO', 'NO_DECISION', 'LOST_OTHER'] as const).map((k) => (
              <Stat
                key={k}
                label={t(`competitors.record.${k}`)}
                value={t('competitors.record.count', { count: total[k].deals })}
                sub={formatKrw(total[k].amount, locale)}
              />
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
        </SectionCard>
        <SectionCard title={t('competitors.lessons.title')}>
          {lessons.length === 0 ? (
            <p className="text-sm text-slate-600">{t('competitors.lessons.empty')}</p>
          ) : (
            <ul className="flex flex-col gap-2 text-sm" data-testid="competitor-lessons">
              {lessons.map((l) => (
                <LessonItem
                  key={l.id}
                  title={l.title}
                  href={l.postmortemId ? `/postmortems/${l.postmortemId}` : null}
                  body={l.body}
                  date={formatDate(l.createdAt, locale)}
                  accountName={l.accountName}
                />
              ))}
            </ul>
          )}
        </SectionCard>
        <SectionCard title={t('competitors.deals.title')}>
          <CompetitorDeals rows={deals.map((d) => ({ ...d, outcome: tiers(`outcome.${d.outcome}`) }))} />
        </SectionCard>
      </div>
    </>
  );
}
