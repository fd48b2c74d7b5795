import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { AlertTriangle, GitCompareArrows } from 'lucide-react';
import { SectionCard } from '@/components/ui/card';
import { EmptyState } from '@/components/ui/empty-state';
import { cn } from '@/lib/cn';
import { formatKrw, formatNumber, formatPercent } from '@/lib/domain/format';
import type { Economics, EconomicsInput, PriceGuard, SnapshotDiffLine } from '@/lib/domain/vrb';
import { PaymentTable, SnapshotTable } from './snapshot-tables';
import type { PaymentRow, SnapshotRow } from './snapshot-columns';

// The review's frozen ROI snapshot (SPEC §4) with the low-price warning and, when the opportunity's
// working copy moved since the review was scheduled, what moved — then the deal's payment schedule.

export async function FinancialSection(props: {
  snapshot: EconomicsInput | null;
  derived: Economics | null;
  guard: PriceGuard | null;
  floorPct: number;
  diff: SnapshotDiffLine[];
  opportunityId: string;
  locale: 'ko' | 'en';
}) {
  const { snapshot: e, derived, guard, floorPct, diff, locale } = props;
  const t = await getTranslations('vrb');
  const rows: SnapshotRow[] =
    e && derived
      ? [
          { key: 'contractPrice', label: t('record.financial.contractPrice'), value: String(e.contractPrice), strong: true },
          { key: 'hardwareCost', label: t('record.financial.hardwareCost'), value: String(e.hardwareCost) },
          { key: 'softwareLicenseCost', label: t('record.financial.softwareLicenseCost'), value: String(e.softwareLicenseCost) },
          {
            key: 'labor',
            label: t('record.financial.labor'),
            detail: e.labor
              .map(
                (l) =>
                  `${l.grade} ${formatNumber(Number(l.personMonths), { maxFractionDigits: 2 })}MM × ${formatKrw(l.monthlyRate, locale)}`,
              )
              .join(' · '),
            value: derived.laborCost,
          },
          { key: 'subcontractCost', label: t('record.financial.subcontractCost'), value: String(e.subcontractCost) },
          { key: 'otherCost', label: t('record.financial.otherCost'), value: String(e.otherCost) },
          { key: 'contingency', label: t('record.financial.contingency'), value: derived.contingencyAmount },
          { key: 'totalCost', label: t('record.financial.totalCost'), value: derived.totalCost, strong: true },
          {
            key: 'grossProfit',
            label: t('record.financial.grossProfit'),
            value: derived.grossProfit,
            strong: true,
            negative: Number(derived.grossProfit) < 0,
          },
        ]
      : [];
  return (
    <SectionCard
      id="snapshot"
      title={t('record.financial.title')}
      description={t('record.financial.description')}
      bodyClassName="flex flex-col gap-3"
      actions={<span className="text-xs text-slate-500">{t('record.financial.floor', { floor: floorPct })}</span>}
    >
      {!e || !derived ? (
        <EmptyState title={t('record.financial.none')} description={t('record.financial.noneHint')} />
      ) : (
        <>
          {guard === 'belowFloor' ? (
            <div
              role="alert"
              data-testid="low-price-warning"
              className="flex gap-2 rounded-md border border-rose-200 bg-rose-50 px-3 py-2 text-sm text-rose-800"
            >
              <AlertTriangle aria-hidden className="mt-0.5 size-4 shrink-0" />
              <div>
                <p className="font-semibold">{t('record.financial.lowPriceTitle')}</p>
                <p>{t('record.financial.lowPriceBody', { margin: formatPercent(derived.marginPct).replace('%', ''), floor: floorPct })}</p>
              </div>
            </div>
          ) : guard === 'noPrice' ? (
            <p className="text-sm text-amber-800">{t('record.financial.noPriceBody')}</p>
          ) : null}
          {diff.length > 0 ? (
            <div className="rounded-md border border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-900" data-testid="snapshot-diff">
              <p className="flex items-center gap-1.5 font-semibold">
                <GitCompareArrows aria-hidden className="size-4" />
                {t('record.diff.title')}
              </p>
              <p className="text-xs text-amber-800">
                {t('record.diff.description')}{' '}
                <Link href={`/opportunities/${props.opportunityId}?tab=economics`} className="font-medium underline">
                  {t('record.diff.open')}
                </Link>
              </p>
              <ul className="mt-1 flex flex-wrap gap-x-4 gap-y-0.5">
                {diff.map((d) => (
                  <li key={d.field} data-field={d.field}>
                    <span className="font-medium">{t(`record.diff.field.${d.field}`)}</span> {d.from} → {d.to}
                  </li>
                ))}
              </ul>
            </div>
          ) : null}
          <SnapshotTable rows={rows} />
          <dl className="grid grid-cols-2 gap-3 text-sm">
            <div>
              <dt className="text-xs text-slate-500">{t('record.financial.marginPct')}</dt>
              <dd
                className={cn('font-semibold tabular-nums', guard === 'belowFloor' ? 'text-rose-700' : 'text-emerald-700')}
                data-testid="margin-pct"
              >
                {formatPercent(derived.marginPct)}
              </dd>
            </div>
            <div>
              <dt className="text-xs text-slate-500">{t('record.financial.roiPct')}</dt>
              <dd className="text-slate-700 tabular-nums">{formatPercent(derived.roiPct)}</dd>
            </div>
          </dl>
        </>
      )}
    </SectionCard>
  );
}

export async function PaymentsSection({ rows, total, locale }: { rows: PaymentRow[]; total: string; locale: 'ko' | 'en' }) {
  const t = await getTranslations('vrb');
  return (
    <SectionCard title={t('record.payments.title')}>
      {rows.length === 0 ? (
        <p className="py-2 text-sm text-slate-500">{t('record.payments.empty')}</p>
      ) : (
        <PaymentTable rows={rows} total={total} locale={locale} />
      )}
    </SectionCard>
  );
}
