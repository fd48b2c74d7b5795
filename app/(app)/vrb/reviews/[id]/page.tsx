import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import { AlertTriangle, ArrowLeft } from 'lucide-react';
import { db } from '@/lib/db/client';
import { requireSession } from '@/lib/auth/session';
import { can } from '@/lib/auth/permissions';
import { mayEdit, schedulesAnyVrbReview } from '@/lib/domain/access';
import { getFindingReturnNotes, getSimilarLessons, getVrbReview, getWorkingEconomics, listAssessmentHistory } from '@/lib/db/queries/vrb';
import { getSettings } from '@/lib/server/settings';
import {
  computeEconomics,
  decisionBlockers,
  decisionHistory,
  economicsInputOf,
  isOverdue,
  opinionStatus,
  priceGuard,
  snapshotDiff,
  weightedScore,
} from '@/lib/domain/vrb';
import { koreaDate } from '@/lib/domain/time/korea';
import { EMPTY, formatDateTime } from '@/lib/domain/format';
import { Badge, type BadgeTone } from '@/components/ui/badge';
import { LinkButton } from '@/components/ui/button';
import { Breadcrumbs } from '@/components/ui/breadcrumbs';
import { FinancialSection, PaymentsSection } from './financial-section';
import { FindingsSection } from './findings-section';
import { AssessmentSection } from './assessment-section';
import { DecisionsSection, LessonsSection, OpinionsSection } from './side-sections';
import { DecisionForm } from './decision-form';
import { ReviewMoveButtons } from './review-manage';
import { recordOr404 } from '@/lib/server/record-or-404';

// One VRB review's record (SPEC §4): the frozen snapshot (and what moved since), payments,
// assessment, findings, opinions, decisions and lessons. What the user may do is shown here;
// every command checks it again.

const DECISION_TONE: Record<string, BadgeTone> = { PASS: 'success', CONDITIONAL: 'info', HOLD: 'warning', DROP: 'danger' };
const COMMITTEE = ['VRB_MEMBER', 'VRB_CHAIR', 'EXECUTIVE'] as const;

export default async function VrbReviewPage({ params }: { params: Promise<{ id: string }> }) {
  const session = await requireSession();
  const { id } = await params;
  if (!can(session.roles, 'vrb:read')) notFound();
  const review = await recordOr404(id, (id) => getVrbReview(db, id));
  const opp = review.opportunity;
  const [lessons, settings, returnNotes, working, history] = await Promise.all([
    getSimilarLessons(db, { id: opp.id, accountId: opp.accountId, businessCategoryId: opp.businessCategoryId }),
    getSettings(db),
    getFindingReturnNotes(
      db,
      review.findings.filter((f) => f.status === 'OPEN').map((f) => f.id),
    ),
    getWorkingEconomics(db, opp.id),
    listAssessmentHistory(db, opp.id),
  ]);
  const floorPct = settings.marginFloorPct;
  const t = await getTranslations('vrb');
  const tt = await getTranslations('tiers');
  const locale = (await getLocale()) === 'en' ? 'en' : 'ko';
  const now = new Date();
  const today = new Date(`${koreaDate(now)}T00:00:00Z`);

  const stageName = locale === 'en' ? review.stage.nameEn : review.stage.nameKo;
  const econ = review.economics ? computeEconomics(review.economics) : null;
  const derived = econ?.ok ? econ.value : null;
  const guard = derived ? priceGuard(derived.marginPct, floorPct) : null;
  const diff = snapshotDiff(review.economics, working ? economicsInputOf(working) : null, locale);
  const opinions = opinionStatus(
    review.stage.requiredDomains,
    review.opinions.map((o) => o.domain),
  );
  const { current } = decisionHistory(review.decisions);
  const blockers = decisionBlockers({
    requiredDomains: review.stage.requiredDomains,
    opinionDomains: review.opinions.map((o) => o.domain),
    findings: review.findings,
    marginPct: derived?.marginPct ?? null,
    marginFloorPct: floorPct,
    today,
  });
  // what this user may do here (the commands check all of it again)
  const isOpen = review.status === 'SCHEDULED';
  const held = session.vrbDomains;
  const repSide = mayEdit(session, { ownerId: opp.ownerId, ownerManagerId: opp.owner.managerId });
  const committee = COMMITTEE.some((r) => session.roles.includes(r));
  const canMove = isOpen && can(session.roles, 'vrb:schedule') && (repSide || schedulesAnyVrbReview(session));
  const mayAssess = isOpen && can(session.roles, 'vrb:assess') && (committee || repSide);
  const weights = settings.assessmentWeights;
  const scoreHistory = history.map((h) => ({
    reviewId: h.id,
    label: `${t('stageOrder', { order: h.stage.order })} · ${locale === 'en' ? h.stage.nameEn : h.stage.nameKo}`,
    scheduledAt: h.scheduledAt,
    score: weightedScore(h.assessments, weights),
    current: h.id === review.id,
  }));
  const milestoneBase = review.economics ? Number(review.economics.contractPrice) : 0;
  const milestoneTotal = opp.milestones.reduce((s, m) => s + Number(m.amount), 0);
  const payments = opp.milestones.map((m) => ({
    id: m.id,
    kind: m.kind,
    sequence: m.sequence,
    dueDate: m.dueDate.toISOString().slice(0, 10),
    amount: m.amount,
    share:
      milestoneBase > 0 ? (Number(m.amount) / milestoneBase) * 100 : milestoneTotal > 0 ? (Number(m.amount) / milestoneTotal) * 100 : null,
    collectedAt: m.collectedAt ? m.collectedAt.toISOString() : null,
  }));

  const facts: [string, string][] = [
    [t('record.scheduledAt'), formatDateTime(review.scheduledAt, locale)],
    [t('record.heldAt'), review.heldAt ? formatDateTime(review.heldAt, locale) : t('record.notHeld')],
    [t('record.owner'), opp.owner.name],
    [t('record.tier'), opp.tier === 0 ? `Tier 0 · ${tt(`outcome.${opp.outcome}` as never)}` : tt('tier', { tier: opp.tier })],
    [t('record.requiredDomains'), opinions.required.map((d) => t(`domain.${d}`)).join(', ') || EMPTY],
  ];

  return (
    <div className="flex flex-col gap-4">
      <Breadcrumbs label={t('record.breadcrumb')} trail={[{ href: '/vrb', label: t('title') }]} current={opp.name} className="mb-0" />

      <header className="flex flex-wrap items-start justify-between gap-3">
        <div>
          <p className="text-sm font-medium text-indigo-700">{t('stageOrder', { order: review.stage.order })}</p>
          <h1 className="text-xl font-semibold text-slate-900">{stageName}</h1>
          <p className="mt-0.5 text-sm text-slate-600">
            <Link href={`/opportunities/${opp.id}`} className="font-medium text-indigo-700 hover:underline">
              {opp.name}
            </Link>{' '}
            · {opp.account.name}
          </p>
          <div className="mt-2 flex flex-wrap items-center gap-1.5">
            <Badge tone={review.status === 'SCHEDULED' ? 'info' : review.status === 'DECIDED' ? 'accent' : 'neutral'}>
              {t(`reviewStatus.${review.status}`)}
            </Badge>
            {isOverdue(review, now) ? <Badge tone="danger">{t('overdue')}</Badge> : null}
            {current ? (
              <Badge tone={DECISION_TONE[current.decision]}>
                {t('record.currentDecision')}: {t(`decision.${current.decision}`)}
              </Badge>
            ) : (
              <Badge tone="neutral">{t('record.noDecision')}</Badge>
            )}
            {guard === 'belowFloor' ? (
              <Badge tone="danger" data-testid="low-price-badge">
                <AlertTriangle aria-hidden className="mr-0.5 size-3" />
                {t('lowPrice')}
              </Badge>
            ) : null}
          </div>
          {review.status === 'CANCELLED' && review.cancelReason ? (
            <p className="mt-2 text-sm text-slate-700" data-testid="cancel-reason">
              <span className="font-medium">{t('record.cancelReason')}:</span> {review.cancelReason}
              {review.cancelledAt ? ` · ${formatDateTime(review.cancelledAt, locale)}` : ''}
            </p>
          ) : null}
        </div>
        <div className="flex flex-col items-end gap-2">
          <LinkButton href={`/opportunities/${opp.id}`}>
            <ArrowLeft aria-hidden className="size-4" />
            {t('record.backToOpportunity')}
          </LinkButton>
          {canMove ? <ReviewMoveButtons reviewId={review.id} /> : null}
        </div>
      </header>

      <dl className="grid grid-cols-2 gap-3 rounded-lg border border-slate-200 bg-white p-4 text-sm shadow-sm md:grid-cols-5">
        {facts.map(([label, value]) => (
          <div key={label}>
            <dt className="text-xs text-slate-500">{label}</dt>
            <dd className="font-medium text-slate-900">{value}</dd>
          </div>
        ))}
      </dl>

      <div className="grid gap-4 lg:grid-cols-3">
        <div className="flex flex-col gap-4 lg:col-span-2">
          <FinancialSection
            snapshot={review.economics}
            derived={derived}
            guard={guard}
            floorPct={floorPct}
            diff={diff}
            opportunityId={opp.id}
            locale={locale}
          />
          <PaymentsSection rows={payments} total={String(milestoneTotal)} locale={locale} />
          <AssessmentSection
            review={review}
            weighted={weightedScore(review.assessments, weights)}
            history={scoreHistory}
            mayAssess={mayAssess}
            userId={session.userId}
            locale={locale}
          />
          <FindingsSection
            review={review}
            returnNotes={returnNotes}
            canRaise={can(session.roles, 'vrb:finding:raise') && isOpen && held.length > 0}
            isRepSide={can(session.roles, 'vrb:finding:answer') && repSide}
            verifierDomains={can(session.roles, 'vrb:finding:verify') ? held : []}
            raiseDomains={held}
            minDueDate={koreaDate(review.scheduledAt)}
            now={today}
            locale={locale}
          />
        </div>
        <div className="flex flex-col gap-4">
          <OpinionsSection
            review={review}
            opinions={opinions}
            formDomains={can(session.roles, 'vrb:opinion') && isOpen ? opinions.missing.filter((d) => held.includes(d)) : []}
            locale={locale}
          />
          <DecisionsSection
            review={review}
            form={can(session.roles, 'vrb:decide') && isOpen ? <DecisionForm reviewId={review.id} blockers={blockers} /> : null}
            locale={locale}
          />
          <LessonsSection lessons={lessons} locale={locale} />
        </div>
      </div>
    </div>
  );
}
