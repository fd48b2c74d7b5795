import { mayEdit } from '@/lib/domain/access';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import { z } from '@/lib/validation/z';
import { AlertTriangle, ArrowLeft, Check } from 'lucide-react';
import { db } from '@/lib/db/client';
import { requireSession } from '@/lib/auth/session';
import { can } from '@/lib/auth/permissions';
import { getFindingReturnNotes, getSimilarLessons, getVrbReview } from '@/lib/db/queries/vrb';
import { getSetting } from '@/lib/server/settings';
import { formatKrw } from '@/lib/domain/format/money';
import { computeEconomics, decisionHistory, isOverdue, opinionStatus, priceGuard, scoreShare } from '@/lib/domain/vrb';
import { Badge, type BadgeTone } from '@/components/ui/badge';
import { Card, CardBody, CardHeader, CardTitle } from '@/components/ui/card';
import { EmptyState } from '@/components/ui/empty-state';
import { cn } from '@/lib/cn';
import { SEVERITY_TONE } from '../../margin';
import { AnswerForm, DecisionForm, FindingForm, OpinionForm, VerifyForm } from './review-forms';
import { EMPTY, formatDate, formatDateTime, formatKrwIn, formatNumber, formatPercent, krwColumnUnit } from '@/lib/domain/format';

const CRITERIA = [
  'CUSTOMER_NEGOTIATION_POWER',
  'SALES_CAPABILITY',
  'COMPETITIVE_POSITION',
  'TECHNICAL_RISK',
  'LEGAL_RISK',
  'STRATEGIC_VALUE',
] as const;
const FINDING_STEPS = ['OPEN', 'ANSWERED', 'RESOLVED'] as const;
const DECISION_TONE: Record<string, BadgeTone> = { PASS: 'success', CONDITIONAL: 'info', HOLD: 'warning', DROP: 'danger' };
const STANCE_TONE: Record<string, BadgeTone> = { SUPPORT: 'success', CONCERN: 'warning', OPPOSE: 'danger' };

export default async function VrbReviewPage({ params }: { params: Promise<{ id: string }> }) {
  const session = await requireSession();
  const { id } = await params;
  if (!can(session.roles, 'vrb:read') || !z.uuid().safeParse(id).success) notFound();
  const review = await getVrbReview(db, id);
  if (!review) notFound();
  const opp = review.opportunity;
  const [lessons, floorPct, returnNotes] = await Promise.all([
    getSimilarLessons(db, { id: opp.id, accountId: opp.accountId, businessCategoryId: opp.businessCategoryId }),
    getSetting(db, 'marginFloorPct'),
    getFindingReturnNotes(
      db,
      review.findings.filter((f) => f.status === 'OPEN').map((f) => f.id),
    ),
  ]);
  const t = await getTranslations('vrb');
  const tt = await getTranslations('tiers');

  const locale = (await getLocale()) === 'en' ? 'en' : 'ko';
  const krw = (v: string | number | null | undefined) => formatKrw(v, locale);
  const date = (d: Date) => formatDate(d, locale);
  const dateTime = (d: Date) => formatDateTime(d, locale);
  const now = new Date();

  const stageName = locale === 'en' ? review.stage.nameEn : review.stage.nameKo;
  const econ = review.economics ? computeEconomics(review.economics) : null;
  const derived = econ?.ok ? econ.value : null;
  const guard = derived ? priceGuard(derived.marginPct, floorPct) : null;
  const opinions = opinionStatus(
    review.stage.requiredDomains,
    review.opinions.map((o) => o.domain),
  );
  const { history, current } = decisionHistory(review.decisions);
  const scores = new Map(review.assessments.map((a) => [a.criterion, a]));
  // what this user may do here (the commands check all of it again)
  const isOpen = review.status === 'SCHEDULED';
  const held = session.vrbDomains;
  const opinionDomains = can(session.roles, 'vrb:opinion') && isOpen ? opinions.missing.filter((d) => held.includes(d)) : [];
  const canRaise = can(session.roles, 'vrb:finding:raise') && isOpen && held.length > 0;
  const isRepSide =
    can(session.roles, 'vrb:finding:answer') && mayEdit(session, { ownerId: opp.ownerId, ownerManagerId: opp.owner.managerId });
  const canDecide = can(session.roles, 'vrb:decide') && isOpen;
  const milestoneBase = review.economics ? Number(review.economics.contractPrice) : 0;
  const milestoneTotal = opp.milestones.reduce((s, m) => s + Number(m.amount), 0);

  const finRows: { key: string; label: string; detail?: string; value: string | number; strong?: boolean; minus?: boolean }[] =
    review.economics && derived
      ? [
          { key: 'contractPrice', label: t('record.financial.contractPrice'), value: review.economics.contractPrice, strong: true },
          { key: 'hardwareCost', label: t('record.financial.hardwareCost'), value: review.economics.hardwareCost, minus: true },
          {
            key: 'softwareLicenseCost',
            label: t('record.financial.softwareLicenseCost'),
            value: review.economics.softwareLicenseCost,
            minus: true,
          },
          {
            key: 'labor',
            label: t('record.financial.labor'),
            detail: review.economics.labor
              .map((l) => `${l.grade} ${formatNumber(Number(l.personMonths), { maxFractionDigits: 2 })}MM × ${krw(l.monthlyRate)}`)
              .join(' · '),
            value: derived.laborCost,
            minus: true,
          },
          { key: 'subcontractCost', label: t('record.financial.subcontractCost'), value: review.economics.subcontractCost, minus: true },
          { key: 'otherCost', label: t('record.financial.otherCost'), value: review.economics.otherCost, minus: true },
          { key: 'contingency', label: t('record.financial.contingency'), value: derived.contingencyAmount, minus: true },
        ]
      : [];
  // one unit and one precision per column (ADR 012)
  const finUnit = krwColumnUnit([...finRows.map((r) => r.value), derived?.totalCost, derived?.grossProfit], locale);
  const finKrw = (v: string | number | null | undefined) => formatKrwIn(v, finUnit, locale);
  const payUnit = krwColumnUnit([...opp.milestones.map((m) => m.amount), milestoneTotal], locale);
  const payKrw = (v: string | number | null | undefined) => formatKrwIn(v, payUnit, locale);

  return (
    <div className="flex flex-col gap-4">
      <nav aria-label={t('record.breadcrumb')} className="text-sm text-slate-500">
        <Link href="/vrb" className="hover:underline">
          {t('title')}
        </Link>{' '}
        / <span className="text-slate-700">{opp.name}</span>
      </nav>

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
        </div>
        <Link
          href={`/opportunities/${opp.id}`}
          className="inline-flex items-center gap-1.5 rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium text-slate-700 shadow-sm hover:bg-slate-50 focus-visible:outline-2 focus-visible:outline-indigo-600"
        >
          <ArrowLeft aria-hidden className="size-4" />
          {t('record.backToOpportunity')}
        </Link>
      </header>

      <dl className="grid grid-cols-2 gap-3 rounded-lg border border-slate-200 bg-white p-4 text-sm shadow-sm md:grid-cols-5">
        <div>
          <dt className="text-xs text-slate-500">{t('record.scheduledAt')}</dt>
          <dd className="font-medium text-slate-900">{dateTime(review.scheduledAt)}</dd>
        </div>
        <div>
          <dt className="text-xs text-slate-500">{t('record.heldAt')}</dt>
          <dd className="font-medium text-slate-900">{review.heldAt ? dateTime(review.heldAt) : t('record.notHeld')}</dd>
        </div>
        <div>
          <dt className="text-xs text-slate-500">{t('record.owner')}</dt>
          <dd className="font-medium text-slate-900">{opp.owner.name}</dd>
        </div>
        <div>
          <dt className="text-xs text-slate-500">{t('record.tier')}</dt>
          <dd className="font-medium text-slate-900">
            {opp.tier === 0 ? `Tier 0 · ${tt(`outcome.${opp.outcome}` as never)}` : tt('tier', { tier: opp.tier })}
          </dd>
        </div>
        <div>
          <dt className="text-xs text-slate-500">{t('record.requiredDomains')}</dt>
          <dd className="font-medium text-slate-900">{opinions.required.map((d) => t(`domain.${d}`)).join(', ') || EMPTY}</dd>
        </div>
      </dl>

      <div className="grid gap-4 lg:grid-cols-3">
        <div className="flex flex-col gap-4 lg:col-span-2">
          <Card>
            <CardHeader>
              <div>
                <CardTitle>{t('record.financial.title')}</CardTitle>
                <p className="text-xs text-slate-500">{t('record.financial.description')}</p>
              </div>
              <span className="text-xs text-slate-500">{t('record.financial.floor', { floor: floorPct })}</span>
            </CardHeader>
            <CardBody>
              {!review.economics || !derived ? (
                <EmptyState title={t('record.financial.none')} description={t('record.financial.noneHint')} />
              ) : (
                <>
                  {guard === 'belowFloor' ? (
                    <div
                      role="alert"
                      data-testid="low-price-warning"
                      className="mb-3 flex gap-2 rounded-md border border-rose-200 bg-rose-50 px-3 py-2 text-sm text-rose-800"
                    >
                      <AlertTriangle aria-hidden className="mt-0.5 size-4 shrink-0" />
                      <div>
                        <p className="font-semibold">{t('record.financial.lowPriceTitle')}</p>
                        <p>
                          {t('record.financial.lowPriceBody', {
                            margin: formatPercent(derived.marginPct).replace('%', ''),
                            floor: floorPct,
                          })}
                        </p>
                      </div>
                    </div>
                  ) : guard === 'noPrice' ? (
                    <p className="mb-3 rounded-md border border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-800">
                      {t('record.financial.noPriceBody')}
                    </p>
                  ) : null}
                  <table className="w-full text-sm" data-testid="financial-snapshot">
                    <caption className="sr-only">{t('record.financial.title')}</caption>
                    <thead className="sr-only">
                      <tr>
                        <th scope="col">{t('record.financial.item')}</th>
                        <th scope="col">{t('record.financial.amount')}</th>
                      </tr>
                    </thead>
                    <tbody className="divide-y divide-slate-100">
                      {finRows.map((r) => (
                        <tr key={r.key}>
                          <th
                            scope="row"
                            className={cn('py-1.5 text-left font-normal', r.strong ? 'font-medium text-slate-900' : 'pl-4 text-slate-600')}
                          >
                            {r.label}
                            {r.detail ? <span className="ml-2 text-xs text-slate-500">{r.detail}</span> : null}
                          </th>
                          <td
                            className={cn('py-1.5 text-right tabular-nums', r.strong ? 'font-medium text-slate-900' : 'text-slate-700')}
                            title={String(r.value)}
                          >
                            {r.minus ? '− ' : ''}
                            {finKrw(r.value)}
                          </td>
                        </tr>
                      ))}
                      <tr className="border-t-2 border-slate-200">
                        <th scope="row" className="py-1.5 text-left font-medium text-slate-700">
                          {t('record.financial.totalCost')}
                        </th>
                        <td className="py-1.5 text-right text-slate-700 tabular-nums" title={derived.totalCost}>
                          {finKrw(derived.totalCost)}
                        </td>
                      </tr>
                      <tr>
                        <th scope="row" className="py-1.5 text-left font-semibold text-slate-900">
                          {t('record.financial.grossProfit')}
                        </th>
                        <td
                          className={cn(
                            'py-1.5 text-right font-semibold tabular-nums',
                            Number(derived.grossProfit) < 0 ? 'text-rose-700' : 'text-slate-900',
                          )}
                          title={derived.grossProfit}
                        >
                          {finKrw(derived.grossProfit)}
                        </td>
                      </tr>
                      <tr>
                        <th scope="row" className="py-1.5 text-left font-semibold text-slate-900">
                          {t('record.financial.marginPct')}
                        </th>
                        <td
                          className={cn(
                            'py-1.5 text-right font-semibold tabular-nums',
                            guard === 'belowFloor' ? 'text-rose-700' : 'text-emerald-700',
                          )}
                          data-testid="margin-pct"
                        >
                          {formatPercent(derived.marginPct)}
                        </td>
                      </tr>
                      <tr>
                        <th scope="row" className="py-1.5 text-left font-medium text-slate-700">
                          {t('record.financial.roiPct')}
                        </th>
                        <td className="py-1.5 text-right text-slate-700 tabular-nums">{formatPercent(derived.roiPct)}</td>
                      </tr>
                    </tbody>
                  </table>
                </>
              )}
            </CardBody>
          </Card>

          <Card>
            <CardHeader>
              <CardTitle>{t('record.payments.title')}</CardTitle>
            </CardHeader>
            <CardBody>
              {opp.milestones.length === 0 ? (
                <p className="py-2 text-sm text-slate-500">{t('record.payments.empty')}</p>
              ) : (
                <table className="w-full text-sm" data-testid="payment-schedule">
                  <caption className="sr-only">{t('record.payments.title')}</caption>
                  <thead className="text-left text-xs text-slate-500">
                    <tr>
                      <th scope="col" className="py-1.5 font-medium">
                        {t('record.payments.kind')}
                      </th>
                      <th scope="col" className="py-1.5 font-medium">
                        {t('record.payments.dueDate')}
                      </th>
                      <th scope="col" className="py-1.5 text-right font-medium">
                        {t('record.payments.amount')}
                      </th>
                      <th scope="col" className="py-1.5 text-right font-medium">
                        {t('record.payments.share')}
                      </th>
                      <th scope="col" className="py-1.5 pl-4 font-medium">
                        {t('record.payments.collected')}
                      </th>
                    </tr>
                  </thead>
                  <tbody className="divide-y divide-slate-100">
                    {opp.milestones.map((m) => (
                      <tr key={m.id}>
                        <th scope="row" className="py-1.5 text-left font-medium text-slate-800">
                          {t(`milestone.${m.kind}`)}
                          {m.sequence > 1 ? ` ${m.sequence}` : ''}
                        </th>
                        <td className="py-1.5 text-slate-700">{date(m.dueDate)}</td>
                        <td className="py-1.5 text-right tabular-nums" title={m.amount}>
                          {payKrw(m.amount)}
                        </td>
                        <td className="py-1.5 text-right text-slate-500 tabular-nums">
                          {formatPercent(
                            milestoneBase > 0
                              ? (Number(m.amount) / milestoneBase) * 100
                              : milestoneTotal > 0
                                ? (Number(m.amount) / milestoneTotal) * 100
                                : null,
                          )}
                        </td>
                        <td className="py-1.5 pl-4">
                          {m.collectedAt ? (
                            <Badge tone="success">{t('record.payments.collectedOn', { date: date(m.collectedAt) })}</Badge>
                          ) : (
                            <Badge tone="neutral">{t('record.payments.pending')}</Badge>
                          )}
                        </td>
                      </tr>
                    ))}
                    <tr className="border-t-2 border-slate-200">
                      <th scope="row" className="py-1.5 text-left font-semibold text-slate-900">
                        {t('record.payments.total')}
                      </th>
                      <td />
                      <td className="py-1.5 text-right font-semibold tabular-nums">{payKrw(milestoneTotal)}</td>
                      <td colSpan={2} />
                    </tr>
                  </tbody>
                </table>
              )}
            </CardBody>
          </Card>

          <Card>
            <CardHeader>
              <div>
                <CardTitle>{t('record.assessment.title')}</CardTitle>
                <p className="text-xs text-slate-500">{t('record.assessment.description')}</p>
              </div>
            </CardHeader>
            <CardBody>
              {review.assessments.length === 0 ? <p className="mb-2 text-sm text-slate-500">{t('record.assessment.empty')}</p> : null}
              <ul className="divide-y divide-slate-100" data-testid="assessment">
                {CRITERIA.map((c) => {
                  const a = scores.get(c);
                  return (
                    <li key={c} className="grid grid-cols-[minmax(0,12rem)_8rem_minmax(0,1fr)] items-start gap-3 py-2 text-sm">
                      <span className="font-medium text-slate-800">{t(`criterion.${c}`)}</span>
                      {a ? (
                        <span className="flex items-center gap-2">
                          <span role="img" aria-label={t('record.assessment.score', { score: a.score })} className="flex gap-0.5">
                            {[1, 2, 3, 4, 5].map((i) => (
                              <span
                                key={i}
                                className={cn(
                                  'h-2 w-4 rounded-sm',
                                  i <= Math.round(scoreShare(a.score) * 5) ? 'bg-indigo-500' : 'bg-slate-200',
                                )}
                              />
                            ))}
                          </span>
                          <span className="text-xs text-slate-600 tabular-nums" aria-hidden>
                            {a.score}
                          </span>
                        </span>
                      ) : (
                        <span className="text-xs text-slate-500">{t('record.assessment.notScored')}</span>
                      )}
                      <span className="text-slate-600">{a?.notes ?? ''}</span>
                    </li>
                  );
                })}
              </ul>
            </CardBody>
          </Card>

          <Card id="findings">
            <CardHeader>
              <CardTitle>{t('record.findings.title')}</CardTitle>
              <span className="text-xs text-slate-500">{review.findings.length}</span>
            </CardHeader>
            <CardBody>
              {review.findings.length === 0 ? (
                <p className="py-2 text-sm text-slate-500">{t('record.findings.empty')}</p>
              ) : (
                <ul className="flex flex-col gap-3" data-testid="findings">
                  {review.findings.map((f) => (
                    <li
                      key={f.id}
                      id={`finding-${f.id}`}
                      className="rounded-md border border-slate-200 p-3 target:ring-2 target:ring-indigo-500"
                    >
                      <div className="flex flex-wrap items-center gap-1.5">
                        <Badge tone={SEVERITY_TONE[f.severity]}>{t(`severity.${f.severity}`)}</Badge>
                        <Badge tone="neutral">{t(`domain.${f.domain}`)}</Badge>
                        <ol aria-label={t('record.findings.progress')} className="ml-auto flex items-center gap-1 text-xs">
                          {FINDING_STEPS.map((s, i) => {
                            const reached = FINDING_STEPS.indexOf(f.status) >= i;
                            return (
                              <li key={s} aria-current={f.status === s ? 'step' : undefined} className="flex items-center gap-1">
                                {i > 0 ? (
                                  <span aria-hidden className="text-slate-500">
                                    →
                                  </span>
                                ) : null}
                                <span
                                  className={cn(
                                    'inline-flex items-center gap-0.5 rounded-full px-2 py-0.5',
                                    f.status === s
                                      ? 'bg-indigo-600 text-white'
                                      : reached
                                        ? 'bg-indigo-100 text-indigo-800'
                                        : 'bg-slate-100 text-slate-500',
                                  )}
                                >
                                  {reached && f.status !== s ? <Check aria-hidden className="size-3" /> : null}
                                  {t(`findingStatus.${s}`)}
                                </span>
                              </li>
                            );
                          })}
                        </ol>
                      </div>
                      <p className="mt-2 font-medium text-slate-900">{f.issue}</p>
                      <p className="text-xs text-slate-500">
                        {t('record.findings.raisedBy', { name: f.raisedBy.name, date: date(f.createdAt) })}
                      </p>
                      <dl className="mt-2 grid gap-2 text-sm sm:grid-cols-2">
                        <div>
                          <dt className="text-xs font-medium text-slate-500">{t('record.findings.requiredFix')}</dt>
                          <dd className="text-slate-800">{f.requiredFix}</dd>
                        </div>
                        <div>
                          <dt className="text-xs font-medium text-slate-500">{t('record.findings.answer')}</dt>
                          <dd className={f.answer ? 'text-slate-800' : 'text-slate-500'}>{f.answer ?? t('record.findings.noAnswer')}</dd>
                        </div>
                      </dl>
                      {returnNotes.get(f.id) ? (
                        <p
                          className="mt-2 rounded border border-amber-200 bg-amber-50 px-2 py-1 text-sm text-amber-900"
                          data-testid="finding-returned"
                        >
                          <span className="font-medium">{t('write.verify.returned')}:</span> {returnNotes.get(f.id)!.note}
                        </p>
                      ) : null}
                      {f.status === 'OPEN' && isRepSide ? <AnswerForm findingId={f.id} version={f.version} /> : null}
                      {f.status === 'ANSWERED' && can(session.roles, 'vrb:finding:verify') && held.includes(f.domain) ? (
                        <VerifyForm findingId={f.id} version={f.version} />
                      ) : null}
                    </li>
                  ))}
                </ul>
              )}
              {canRaise ? <FindingForm reviewId={review.id} domains={held} /> : null}
            </CardBody>
          </Card>
        </div>

        <div className="flex flex-col gap-4">
          <Card>
            <CardHeader>
              <CardTitle>{t('record.opinions.title')}</CardTitle>
              <Badge tone={opinions.complete ? 'success' : 'warning'}>
                {t('record.opinions.summary', { given: opinions.given.length, required: opinions.required.length })}
              </Badge>
            </CardHeader>
            <CardBody>
              <ul className="flex flex-col gap-3" data-testid="opinions">
                {[...opinions.required, ...opinions.extra].map((d) => {
                  const o = review.opinions.find((x) => x.domain === d);
                  return (
                    <li key={d} className="text-sm">
                      <div className="flex items-center gap-1.5">
                        <span className="font-medium text-slate-900">{t(`domain.${d}`)}</span>
                        {o ? (
                          <Badge tone={STANCE_TONE[o.stance]}>{t(`stance.${o.stance}`)}</Badge>
                        ) : (
                          <Badge tone="danger">{t('record.opinions.missing')}</Badge>
                        )}
                        {opinions.extra.includes(d) ? <Badge tone="neutral">{t('record.opinions.extra')}</Badge> : null}
                      </div>
                      {o ? (
                        <>
                          <p className="mt-1 whitespace-pre-line text-slate-700">{o.opinion}</p>
                          <p className="text-xs text-slate-500">
                            {o.reviewer.name} · {date(o.createdAt)}
                          </p>
                        </>
                      ) : null}
                    </li>
                  );
                })}
              </ul>
              {opinionDomains.length ? (
                <div className="mt-3">
                  <OpinionForm reviewId={review.id} domains={opinionDomains} />
                </div>
              ) : null}
            </CardBody>
          </Card>

          <Card>
            <CardHeader>
              <div>
                <CardTitle>{t('record.decisions.title')}</CardTitle>
                <p className="text-xs text-slate-500">{t('record.decisions.description')}</p>
              </div>
            </CardHeader>
            <CardBody>
              {canDecide ? (
                <div className="mb-4 border-b border-slate-100 pb-4">
                  <DecisionForm
                    reviewId={review.id}
                    lowPrice={
                      guard === 'belowFloor' && derived
                        ? { margin: formatPercent(derived.marginPct).replace('%', ''), floor: floorPct }
                        : null
                    }
                  />
                </div>
              ) : null}
              {history.length === 0 ? (
                <p className="py-2 text-sm text-slate-500">{t('record.decisions.empty')}</p>
              ) : (
                <ol className="relative border-l border-slate-200 pl-4" data-testid="decisions">
                  {history.map((d, i) => (
                    <li key={d.id} className="mb-3 text-sm">
                      <span
                        className={cn(
                          'absolute -left-1.5 mt-1.5 size-3 rounded-full border-2 border-white',
                          i === 0 ? 'bg-indigo-600' : 'bg-slate-300',
                        )}
                        aria-hidden
                      />
                      <div className="flex flex-wrap items-center gap-1.5">
                        <Badge tone={DECISION_TONE[d.decision]}>{t(`decision.${d.decision}`)}</Badge>
                        {i === 0 ? <span className="text-xs font-medium text-indigo-700">{t('record.decisions.current')}</span> : null}
                      </div>
                      <p className="mt-0.5 text-xs text-slate-500">
                        {dateTime(d.decidedAt)} · {d.decidedBy.name}
                        {d.marginPct !== null
                          ? ` · ${t('record.decisions.marginAt', { margin: formatPercent(d.marginPct).replace('%', '') })}`
                          : ''}
                      </p>
                      {d.reason ? <p className="mt-1 text-slate-700">“{d.reason}”</p> : null}
                      {d.overrideReason ? (
                        <p className="mt-1 rounded border border-amber-200 bg-amber-50 px-2 py-1 text-amber-900">
                          <span className="font-medium">{t('record.decisions.override')}:</span> {d.overrideReason}
                        </p>
                      ) : null}
                    </li>
                  ))}
                </ol>
              )}
            </CardBody>
          </Card>

          <Card>
            <CardHeader>
              <div>
                <CardTitle>{t('record.lessons.title')}</CardTitle>
                <p className="text-xs text-slate-500">{t('record.lessons.description')}</p>
              </div>
            </CardHeader>
            <CardBody>
              {lessons.length === 0 ? (
                <p className="py-2 text-sm text-slate-500">{t('record.lessons.empty')}</p>
              ) : (
                <ul className="flex flex-col gap-3" data-testid="lessons">
                  {lessons.map((l) => (
                    <li key={l.id} className="text-sm">
                      <p className="font-medium text-slate-900">{l.title}</p>
                      <div className="mt-0.5 flex flex-wrap gap-1">
                        {l.sameAccount ? <Badge tone="accent">{t('record.lessons.sameAccount')}</Badge> : null}
                        {l.sameCategory ? <Badge tone="info">{t('record.lessons.sameCategory')}</Badge> : null}
                        {l.sameCompetitor ? (
                          <Badge tone="warning">
                            {t('record.lessons.sameCompetitor')}
                            {l.competitorName ? ` · ${l.competitorName}` : ''}
                          </Badge>
                        ) : null}
                      </div>
                      <p className="mt-1 line-clamp-3 text-slate-600">{l.body}</p>
                      <p className="text-xs text-slate-500">
                        {date(l.createdAt)}
                        {l.accountName ? ` · ${l.accountName}` : ''}
                      </p>
                    </li>
                  ))}
                </ul>
              )}
            </CardBody>
          </Card>
        </div>
      </div>
    </div>
  );
}
