import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import { db } from '@/lib/db/client';
import { requireSession } from '@/lib/auth/session';
import { can } from '@/lib/auth/permissions';
import { getEditableOpportunity, getOpportunity, listRecentActivities, listTierHistory } from '@/lib/db/queries/opportunities';
import { listOpportunityContacts } from '@/lib/db/queries/contacts';
import { listActiveCategories, listActiveRegions, listCloseReasons, listCompetitorOptions } from '@/lib/db/queries/reference';
import { schedulesAnyVrbReview } from '@/lib/domain/access';
import { serializeOpportunity } from '@/lib/server/commands/opportunities/serialize';
import { getSettings } from '@/lib/server/settings';
import { stallStateOf, timeInTiers } from '@/lib/domain/tiers';
import { Badge } from '@/components/ui/badge';
import { SectionCard } from '@/components/ui/card';
import { Breadcrumbs } from '@/components/ui/breadcrumbs';
import { OpportunityEditor } from '../opportunity-editor';
import { ActivityLog, ContactsPanel } from '../side-panels';
import { ReceivablesLink } from '../receivables-link';
import { PostmortemLink } from '../postmortem-link';
import { listOpportunityReviews } from '@/lib/db/queries/vrb';
import { VrbScheduleForm } from '../vrb-schedule-form';
import { EconomicsCalculator } from '../economics-calculator';
import { saveEconomicsAction } from '../actions';
import { getEconomics } from '@/lib/server/commands/vrb';
import { getSimilarLessons, listReviewScores } from '@/lib/db/queries/vrb';
import { weightedScore } from '@/lib/domain/vrb';
import { cn } from '@/lib/cn';
import { EMPTY, formatDateTime, formatDays, formatNumber } from '@/lib/domain/format';
import { expectedQuestionsForDeal, getBid } from '@/lib/server/commands/tools';
import { BidPanel } from '../bid-panel';
import { updateBidAction } from '../bid-actions';
import { CompetitorsCard } from '../competitors-card';
import { ExpectedQuestionsCard } from '../expected-questions-card';
import { linkCompetitorByNameAction, setCompetitorPositionAction, unlinkCompetitorAction } from '../competitor-actions';
import { listOpportunityCompetitors } from '@/lib/db/queries/competitors';
import { listExpertOptions } from '@/lib/db/queries/experts';
import { getOpportunityExperts } from '@/lib/server/commands/tools';
import { ExpertsCard } from '../experts-card';
import { linkExpertAction, unlinkExpertAction } from '../expert-actions';
import { recordOr404 } from '@/lib/server/record-or-404';

const TABS = ['overview', 'economics'] as const;
type Tab = (typeof TABS)[number];

export default async function OpportunityPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ tab?: string | string[] }>;
}) {
  const session = await requireSession();
  const { id } = await params;
  const sp = await searchParams;
  const tab: Tab = sp.tab === 'economics' ? 'economics' : 'overview';
  const row = await recordOr404(id, (id) => getOpportunity(db, id));
  const t = await getTranslations('opportunity');
  const tt = await getTranslations('tiers');

  const locale = (await getLocale()) === 'en' ? 'en' : 'ko';
  const settings = await getSettings(db);
  const now = new Date();
  const [editable, history, activities, contacts, reasons, categories, regions, competitors] = await Promise.all([
    can(session.roles, 'opportunity:edit') ? getEditableOpportunity(db, session, id).then(Boolean) : false,
    listTierHistory(db, id),
    listRecentActivities(db, id),
    listOpportunityContacts(db, id),
    listCloseReasons(db),
    listActiveCategories(db),
    listActiveRegions(db),
    listCompetitorOptions(db, 200),
  ]);
  const opp = serializeOpportunity(row, settings.horizonBounds, now);
  const tv = await getTranslations('vrb');
  const [bid, oppCompetitors, vrb, economics, lessons, expected, oppExperts, expertOptions] = await Promise.all([
    getBid(db, session, id),
    listOpportunityCompetitors(db, id),
    listOpportunityReviews(db, id),
    getEconomics(db, session, id),
    getSimilarLessons(db, { id, accountId: row.accountId, businessCategoryId: row.businessCategoryId }),
    expectedQuestionsForDeal(db, session, id),
    getOpportunityExperts(db, session, id),
    editable ? listExpertOptions(db) : Promise.resolve([]),
  ]);
  const scores = await listReviewScores(
    db,
    vrb.reviews.map((r) => r.id),
  );
  const mayEditEconomics = can(session.roles, 'vrb:economics') && editable;
  // reps/managers schedule for deals they may edit, the chair and admins for any (the command checks again)
  const canScheduleVrb = can(session.roles, 'vrb:schedule') && row.tier > 0 && (editable || schedulesAnyVrbReview(session));
  const stall = stallStateOf(
    { tier: row.tier, tierEnteredAt: row.tierEnteredAt, stallSnoozedAt: row.stallSnoozedAt, stallSnoozedUntil: row.stallSnoozedUntil },
    settings.stallThresholds,
    now,
  );
  const times = timeInTiers(
    history.map((h) => ({ toTier: h.toTier, changedAt: h.changedAt })),
    now,
  );
  const name = (x: { nameKo: string; nameEn: string }) => (locale === 'en' ? x.nameEn : x.nameKo);
  const tierLabel = (tier: number | null, outcome: string | null) =>
    tier === null ? EMPTY : tier === 0 ? `Tier 0 · ${tt(`outcome.${outcome}` as never)}` : tt('tier', { tier });

  return (
    <div className="flex flex-col gap-4">
      <Breadcrumbs label={t('breadcrumb')} trail={[{ href: '/tiers', label: tt('title') }]} current={opp.name} />
      <Link
        href={`/opportunities/${opp.id}/power-map`}
        className="self-start rounded-md border border-indigo-200 bg-indigo-50 px-3 py-1.5 text-sm font-medium text-indigo-700 hover:bg-indigo-100"
      >
        {t('powerMapLink')}
      </Link>
      <ReceivablesLink opportunityId={opp.id} outcome={opp.outcome} />
      {opp.outcome !== 'OPEN' ? (
        <PostmortemLink opportunityId={opp.id} mayWrite={editable && can(session.roles, 'postmortem:write')} />
      ) : null}
      <OpportunityEditor
        initial={opp}
        editable={editable}
        canSnooze={editable && can(session.roles, 'tier:snooze')}
        stall={stall}
        reasons={reasons.map((r) => ({ id: r.id, kind: r.kind, label: locale === 'en' ? r.labelEn : r.labelKo }))}
        categories={categories.map((c) => ({ id: c.id, name: name(c) }))}
        regions={regions.map((c) => ({ id: c.id, name: name(c) }))}
        competitors={competitors}
      />
      <nav aria-label={t('tabs.label')} className="flex gap-1 border-b border-slate-200" data-testid="opportunity-tabs">
        {TABS.map((k) => (
          <Link
            key={k}
            href={k === 'overview' ? `/opportunities/${id}` : `/opportunities/${id}?tab=${k}`}
            aria-current={tab === k ? 'page' : undefined}
            scroll={false}
            className={cn(
              '-mb-px border-b-2 px-3 py-2 text-sm font-medium focus-visible:outline-2 focus-visible:outline-indigo-600',
              tab === k ? 'border-indigo-600 text-indigo-700' : 'border-transparent text-slate-600 hover:text-slate-900',
            )}
          >
            {t(`tabs.${k}`)}
          </Link>
        ))}
      </nav>
      {tab === 'economics' ? (
        <SectionCard title={tv('economics.title')} id="economics" data-testid="opportunity-economics">
          <EconomicsCalculator
            opportunityId={opp.id}
            initial={economics}
            grades={settings.laborGrades}
            floorPct={settings.marginFloorPct}
            editable={mayEditEconomics}
            save={saveEconomicsAction}
          />
        </SectionCard>
      ) : null}
      {tab === 'overview' ? (
        <>
          <BidPanel key={bid.version} initial={bid} editable={editable} save={updateBidAction} />
          <CompetitorsCard
            opportunityId={opp.id}
            initial={oppCompetitors}
            options={competitors}
            editable={editable}
            linkByName={linkCompetitorByNameAction}
            setPosition={setCompetitorPositionAction}
            unlink={unlinkCompetitorAction}
          />
          <ExpertsCard
            opportunityId={opp.id}
            initial={oppExperts.items}
            options={expertOptions}
            editable={editable}
            canAddExperts={can(session.roles, 'tools:edit')}
            link={linkExpertAction}
            unlink={unlinkExpertAction}
          />
          <ExpectedQuestionsCard items={expected.items} />
          <div className="grid gap-4 lg:grid-cols-3">
            <SectionCard title={t('history.title')} className="lg:col-span-1">
              <ul className="mb-3 flex flex-wrap gap-1.5" aria-label={t('history.timeInTier')}>
                {times.map((x) => (
                  <li key={x.tier}>
                    <Badge tone={x.exitedAt ? 'neutral' : 'accent'}>
                      {x.tier === 0 ? 'Tier 0' : tt('tier', { tier: x.tier })} · {formatDays(x.days, locale)}
                    </Badge>
                  </li>
                ))}
              </ul>
              <ol className="relative border-l border-slate-200 pl-4" data-testid="tier-history">
                {history.map((h) => (
                  <li key={h.id} className="mb-3">
                    <span className="absolute -left-1.5 mt-1.5 size-3 rounded-full border-2 border-white bg-indigo-500" aria-hidden />
                    <p className="text-sm font-medium text-slate-900">
                      {h.fromTier === null
                        ? t('history.created', { tier: tierLabel(h.toTier, h.toOutcome) })
                        : `${tierLabel(h.fromTier, h.fromOutcome)} → ${tierLabel(h.toTier, h.toOutcome)}`}
                    </p>
                    <p className="text-xs text-slate-500">
                      {formatDateTime(h.changedAt, locale)} · {h.actor?.name ?? EMPTY}
                    </p>
                    {h.reason ? <p className="mt-0.5 text-sm text-slate-700">“{h.reason}”</p> : null}
                  </li>
                ))}
              </ol>
            </SectionCard>
            <ContactsPanel opportunityId={opp.id} editable={editable} contacts={contacts.map((c) => c.contact)} />
            <ActivityLog
              opportunityId={opp.id}
              editable={can(session.roles, 'activity:write') && editable}
              activities={activities.map((a) => ({
                id: a.id,
                type: a.type,
                subject: a.subject,
                body: a.body,
                when: formatDateTime(a.occurredAt, locale),
                actor: a.actor?.name ?? null,
                nextStep: a.nextStep,
              }))}
            />
          </div>
          <SectionCard title={tv('record.lessons.title')} data-testid="opportunity-lessons">
            {lessons.length === 0 ? (
              <p className="text-sm text-slate-600">{tv('record.lessons.empty')}</p>
            ) : (
              <ul className="flex flex-col gap-2 text-sm">
                {lessons.map((l) => (
                  <li key={l.id}>
                    <p className="font-medium text-slate-900">{l.title}</p>
                    <p className="text-slate-700">{l.body}</p>
                  </li>
                ))}
              </ul>
            )}
          </SectionCard>
          <SectionCard title={tv('title')} data-testid="opportunity-vrb" bodyClassName="grid gap-4 md:grid-cols-2">
            {vrb.reviews.length === 0 ? (
              <p className="text-sm text-slate-500">{tv('empty.upcoming.title')}</p>
            ) : (
              <ul className="flex flex-col gap-2 text-sm">
                {vrb.reviews.map((r) => (
                  <li key={r.id} className="flex flex-wrap items-center gap-1.5">
                    <Link href={`/vrb/reviews/${r.id}`} className="font-medium text-indigo-700 hover:underline">
                      {tv('stageOrder', { order: r.stage.order })} · {locale === 'en' ? r.stage.nameEn : r.stage.nameKo}
                    </Link>
                    <span className="text-slate-500">{formatDateTime(r.scheduledAt, locale)}</span>
                    <Badge tone={r.status === 'SCHEDULED' ? 'info' : 'neutral'}>
                      {r.decision ? tv(`decision.${r.decision}`) : tv(`reviewStatus.${r.status}`)}
                    </Badge>
                    {scores.get(r.id)?.length ? (
                      <span className="text-slate-600" data-testid="review-weighted-score">
                        {tv('record.assessment.weighted')}{' '}
                        {formatNumber(weightedScore(scores.get(r.id)!, settings.assessmentWeights), { maxFractionDigits: 2 })}
                      </span>
                    ) : null}
                  </li>
                ))}
              </ul>
            )}
            {canScheduleVrb ? (
              <VrbScheduleForm
                opportunityId={opp.id}
                economicsHref={`/opportunities/${id}?tab=economics`}
                stages={vrb.stages.map((s) => ({ order: s.order, name: name(s) }))}
              />
            ) : null}
          </SectionCard>
        </>
      ) : null}
    </div>
  );
}
