import { getTranslations } from 'next-intl/server';
import { AlertTriangle } from 'lucide-react';
import { Badge, type BadgeTone } from '@/components/ui/badge';
import { computeEconomics, priceGuard, type EconomicsInput } from '@/lib/domain/vrb';
import { formatPercent } from '@/lib/domain/format';

/** The queue's margin cell: the snapshot's margin with the low-price warning badge. */
export async function MarginCell({
  economics,
  floorPct,
  locale,
}: {
  economics: EconomicsInput | null;
  floorPct: number;
  locale: 'ko' | 'en';
}) {
  const t = await getTranslations('vrb');
  if (!economics) return <span className="text-xs text-slate-500">{t('noSnapshot')}</span>;
  const e = computeEconomics(economics);
  const margin = e.ok ? e.value.marginPct : null;
  const guard = priceGuard(margin, floorPct);
  return (
    <span className="inline-flex flex-wrap items-center justify-end gap-1.5">
      <span className={guard === 'belowFloor' ? 'font-semibold text-rose-700 tabular-nums' : 'text-slate-800 tabular-nums'}>
        {formatPercent(margin)}
      </span>
      {guard === 'belowFloor' ? (
        <Badge tone="danger" title={t('lowPriceHint', { floor: floorPct })} data-testid="low-price-badge">
          <AlertTriangle aria-hidden className="mr-0.5 size-3" />
          {t('lowPrice')}
        </Badge>
      ) : guard === 'noPrice' ? (
        <Badge tone="warning">{t('noPrice')}</Badge>
      ) : null}
    </span>
  );
}

export const SEVERITY_TONE: Record<string, BadgeTone> = { LOW: 'neutral', MEDIUM: 'info', HIGH: 'warning', CRITICAL: 'danger' };
