import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import { z } from '@/lib/validation/z';
import { db } from '@/lib/db/client';
import { requireSession } from '@/lib/auth/session';
import { can } from '@/lib/auth/permissions';
import { getTierReview } from '@/lib/server/commands/tier-reviews';
import { MATRIX_KEYS } from '@/lib/domain/tiers';
import { formatKrw } from '@/lib/domain/format/money';
import { cn } from '@/lib/cn';
import { Badge } from '@/components/ui/badge';
import { Card, CardBody, CardHeader, CardTitle } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';
import { CloseReviewButton, DecisionForm } from '../review-forms';
import { formatDateTime } from '@/lib/domain/format';

const TONE = {
  up: 'bg-emerald-100 text-emerald-900',
  down: 'bg-rose-100 text-rose-900',
  same: 'bg-amber-100 text-amber-900',
  new: 'bg-sky-100 text-sky-900',
} as const;

export default async function TierReviewPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ owner?: string }>;
}) {
  const session = await requireSession();
  const { id } = await params;
  if (!z.uuid().safeParse(id).success) notFound();
  const data = await getTierReview(db, session, id);
  if (!data) notFound();
  const t = await getTranslations('tiers.reviews');
  const tt = await getTranslations('tiers');

  const locale = (await getLocale()) === 'en' ? 'en' : 'ko';
  const canRun = can(session.roles, 'tierReview:run');
  const closed = !!data.review.closedAt;
  // decisions: one rep at a time (?owner=), else the first MAX rows; the matrix always covers everyone
  const owner = (await searchParams).owner;
  const MAX = 200;
  const mine = owner ? data.items.filter((i) => i.ownerId === owner) : data.items;
  const shown = mine.slice(0, MAX);
  const label = (k: string) => (k === 'NEW' ? t('new') : /^\d$/.test(k) ? `T${k}` : tt(`outcome.${k}` as never));
  const rowKeys = ['NEW', ...MATRIX_KEYS] as const;
  return (
    <>
      <PageHeader
        title={data.review.title}
        description={`${t(data.review.period)} · ${t('asOf')} ${formatDateTime(data.review.asOf, locale)}`}
        actions={
          <>
            <Link href="/tiers/reviews" className="text-sm text-indigo-700 underline">
              ← {t('back')}
            </Link>
            <Badge tone={closed ? 'neutral' : 'success'}>{closed ? t('closed') : t('open')}</Badge>
            {canRun && !closed ? <CloseReviewButton reviewId={id} /> : null}
          </>
        }
      />
      <div className="grid gap-4">
        <Card>
          <CardHeader>
            <CardTitle>{t('stagnant', { n: data.stagnantReviewCount })}</CardTitle>
          </CardHeader>
          <CardBody data-testid="stagnant">
            {data.stagnant.length ? (
              <ul className="flex flex-wrap gap-2">
                {data.stagnant.map((s) => (
                  <li key={s.ownerId}>
                    <Badge tone="warning">{s.ownerName}</Badge>
                  </li>
                ))}
              </ul>
            ) : (
              <p className="text-sm text-slate-500">{t('noStagnant', { n: data.stagnantReviewCount })}</p>
            )}
          </CardBody>
        </Card>
        <Card>
          <CardHeader>
            <CardTitle>{t('matrix')}</CardTitle>
            <span className="text-xs text-slate-500">{t('matrixHint')}</span>
          </CardHeader>
          <CardBody className="grid gap-4 lg:grid-cols-2">
            {data.matrix.map((m) => {
              const cell = (from: string, to: string) => m.cells.find((c) => c.from === from && c.to === to);
              const rows = rowKeys.filter((r) => m.cells.some((c) => c.from === r));
              const cols = MATRIX_KEYS.filter((k) => m.cells.some((c) => c.to === k));
              return (
                <div key={m.ownerId} data-testid={`matrix-${m.ownerName}`}>
                  <div className="mb-1 flex flex-wrap items-center gap-2">
                    <Link
                      href={`/tiers/reviews/${id}?owner=${m.ownerId}`}
                      aria-current={owner === m.ownerId ? 'true' : undefined}
                      className="text-sm font-semibold text-slate-900 hover:text-indigo-700 hover:underline"
                    >
                      {m.ownerName}
                    </Link>
                    <Badge tone="success">{t('up', { count: m.up })}</Badge>
                    <Badge tone="danger">{t('down', { count: m.down })}</Badge>
                    <Badge tone="warning">{t('same', { count: m.same })}</Badge>
                    {m.added ? <Badge tone="info">{t('added', { count: m.added })}</Badge> : null}
                  </div>
                  <table className="text-xs">
                    <caption className="sr-only">{`${m.ownerName}: ${t('previous')} × ${t('current')}`}</caption>
                    <thead>
                      <tr>
                        <th className="px-2 py-1 text-left text-slate-500">
                          {t('previous')} \ {t('current')}
                        </th>
                        {cols.map((c) => (
                          <th key={c} scope="col" className="px-2 py-1 text-slate-600">
                            {label(c)}
                          </th>
                        ))}
                      </tr>
                    </thead>
                    <tbody>
                      {rows.map((r) => (
                        <tr key={r}>
                          <th scope="row" className="px-2 py-1 text-left text-slate-600">
                            {label(r)}
                          </th>
                          {cols.map((c) => {
                            const x = cell(r, c);
                            return (
                              <td
                                key={c}
                                className={cn(
                                  'min-w-10 rounded px-2 py-1 text-center font-semibold tabular-nums',
                                  x ? TONE[x.direction] : 'text-slate-500',
                                )}
                              >
                                {x ? x.count : '·'}
                              </td>
                            );
                          })}
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </div>
              );
            })}
          </CardBody>
        </Card>
        <Card>
          <CardHeader>
            <CardTitle>{t('decisions')}</CardTitle>
            <span className="text-xs text-slate-500">
              {owner ? (
                <Link href={`/tiers/reviews/${id}`} className="underline">
                  {t('allReps')}
                </Link>
              ) : mine.length > MAX ? (
                t('truncated', { shown: MAX, total: mine.length })
              ) : null}
            </span>
          </CardHeader>
          <CardBody className="overflow-x-auto">
            <table className="w-full text-sm">
              <thead className="text-left text-xs text-slate-500">
                <tr>
                  <th className="py-1">{t('opportunity')}</th>
                  <th>{t('owner')}</th>
                  <th>
                    {t('previous')} → {t('current')}
                  </th>
                  <th className="text-right">{t('amount')}</th>
                  <th className="pl-3">{t('decision')}</th>
                </tr>
              </thead>
              <tbody>
                {shown.map((i) => (
                  <tr key={i.id} className="border-t border-slate-100 align-top">
                    <td className="py-2 pr-2">
                      <Link href={`/opportunities/${i.opportunityId}`} className="font-medium text-slate-900 hover:underline">
                        {i.opportunityName}
                      </Link>
                      <div className="text-xs text-slate-500">{i.accountName}</div>
                    </td>
                    <td className="py-2 pr-2 text-slate-700">{i.ownerName}</td>
                    <td className="py-2 pr-2 whitespace-nowrap">
                      {i.previousTier === null
                        ? t('new')
                        : label(i.previousTier === 0 ? (i.previousOutcome ?? 'LOST') : String(i.previousTier))}{' '}
                      → {label(i.currentTier === 0 ? i.outcome : String(i.currentTier))}
                    </td>
                    <td className="py-2 pr-2 text-right tabular-nums">{formatKrw(i.amount, locale)}</td>
                    <td className="py-2 pl-3">
                      <DecisionForm
                        reviewId={id}
                        item={{
                          opportunityId: i.opportunityId,
                          opportunityName: i.opportunityName,
                          decidedByName: i.decidedByName,
                          closedSince: i.outcome === 'OPEN' && i.liveOutcome !== 'OPEN',
                          decision: i.decision,
                          reason: i.reason,
                          nextStep: i.nextStep,
                          nextStepDueDate: i.nextStepDueDate ? i.nextStepDueDate.toISOString().slice(0, 10) : null,
                        }}
                        disabled={!i.mayDecide}
                      />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </CardBody>
        </Card>
      </div>
    </>
  );
}
