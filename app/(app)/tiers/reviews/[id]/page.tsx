import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import { db } from '@/lib/db/client';
import { requireSession } from '@/lib/auth/session';
import { can } from '@/lib/auth/permissions';
import { getTierReview } from '@/lib/server/commands/tier-reviews';
import { matrixRows, repSummaries, reviewPrintScale, scopeMatrixRows } from '@/lib/domain/tiers';
import { Badge } from '@/components/ui/badge';
import { Card, CardBody, CardHeader, CardTitle, SectionCard } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';
import { formatDateTime } from '@/lib/domain/format';
import { PrintButton } from '@/app/(app)/reports/one-page/print-button';
import { CloseReviewButton } from '../review-forms';
import { DecisionsTable, MatrixTable, RepSummaryTable } from './review-tables';
import '@/components/reports/print-sheet.css';
import { recordOr404 } from '@/lib/server/record-or-404';

export default async function TierReviewPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ owner?: string }>;
}) {
  const session = await requireSession();
  const { id } = await params;
  const data = await recordOr404(id, (id) => getTierReview(db, session, id));
  const t = await getTranslations('tiers.reviews');

  const locale = (await getLocale()) === 'en' ? 'en' : 'ko';
  const canRun = can(session.roles, 'tierReview:run');
  const closed = !!data.review.closedAt;
  // decisions: one rep at a time (?owner=), else the first MAX rows; the matrix always covers everyone
  const owner = (await searchParams).owner;
  const MAX = 200;
  const mine = owner ? data.items.filter((i) => i.ownerId === owner) : data.items;
  const shown = mine.slice(0, MAX);
  const scope = data.teamName ? t('teamOf', { name: data.teamName }) : t('firm');
  const summary = repSummaries(
    data.matrix,
    data.items,
    data.stagnant.map((s) => s.ownerId),
  );
  const scopeRows = scopeMatrixRows(data.matrix, scope);
  // the one A4 page: the scope's matrix and one row per rep; many reps shrink the sheet
  const zoom = reviewPrintScale(summary.length + scopeRows.length + 6);
  return (
    <div className="print-report">
      <PageHeader
        title={data.review.title}
        description={`${t(data.review.period)} · ${scope} · ${t('asOf')} ${formatDateTime(data.review.asOf, locale)}`}
        actions={
          <div className="no-print flex flex-wrap items-center gap-2">
            <Link href="/tiers/reviews" className="text-sm text-indigo-700 underline">
              ← {t('back')}
            </Link>
            <Badge tone={closed ? 'neutral' : 'success'}>{closed ? t('closed') : t('open')}</Badge>
            <a
              href={`/tiers/reviews/${id}/export?format=xlsx`}
              download
              className="inline-flex h-9 items-center rounded-md border border-slate-300 bg-white px-3 text-sm font-medium text-slate-800 hover:bg-slate-50"
            >
              {t('exportXlsx')}
            </a>
            <PrintButton label={t('print')} />
            {canRun && !closed ? <CloseReviewButton reviewId={id} /> : null}
          </div>
        }
      />
      <div className="print-sheet grid gap-4 print:gap-1.5" style={{ ['--print-zoom' as string]: zoom }}>
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
            <CardTitle>{t('summary')}</CardTitle>
            <span className="text-xs text-slate-500">{t('matrixHint')}</span>
          </CardHeader>
          <CardBody className="grid gap-3 xl:grid-cols-2 print:grid-cols-2 print:gap-2" data-testid="review-summary">
            <MatrixTable reviewId={id} rows={scopeRows} caption={`${t('matrix')}: ${scope}`} compact />
            <RepSummaryTable rows={summary} caption={t('repSummary')} />
          </CardBody>
        </Card>
        <SectionCard
          title={t('matrix')}
          actions={<span className="text-xs text-slate-500">{t('matrixHint')}</span>}
          className="no-print"
          bodyClassName="grid gap-3"
        >
          <ul className="flex flex-wrap gap-3">
            {data.matrix.map((m) => (
              <li key={m.ownerId} data-testid={`matrix-${m.ownerName}`} className="flex flex-wrap items-center gap-1.5">
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
              </li>
            ))}
          </ul>
          <MatrixTable reviewId={id} rows={matrixRows(data.matrix)} caption={t('matrix')} testId="matrix-table" />
        </SectionCard>
        <SectionCard
          title={t('decisions')}
          actions={
            <>
              <span className="text-xs text-slate-500">
                {owner ? (
                  <Link href={`/tiers/reviews/${id}`} className="underline">
                    {t('allReps')}
                  </Link>
                ) : mine.length > MAX ? (
                  t('truncated', { shown: MAX, total: mine.length })
                ) : null}
              </span>
            </>
          }
          className="no-print"
        >
          <DecisionsTable reviewId={id} rows={shown} caption={t('decisions')} />
        </SectionCard>
        <p className="hidden text-[7pt] text-slate-500 print:block">{t('printFooter', { time: formatDateTime(new Date(), locale) })}</p>
      </div>
    </div>
  );
}
