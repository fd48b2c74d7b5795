import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { Clock } from 'lucide-react';
import { SectionCard } from '@/components/ui/card';
import { formatDateTime } from '@/lib/domain/format';
import type { NearBidDeadline } from '@/lib/db/queries/bids';

// Bids due within 7 days (issue 12 item 5), soonest first.
export async function BidDeadlines({ rows, locale }: { rows: NearBidDeadline[]; locale: 'ko' | 'en' }) {
  const t = await getTranslations('tools');
  return (
    <SectionCard title={t('deadlines.title')} className="mt-4" data-testid="dashboard-bid-deadlines">
      {rows.length === 0 ? (
        <p className="text-sm text-slate-600">{t('deadlines.empty')}</p>
      ) : (
        <ul className="flex flex-col divide-y divide-slate-100 text-sm">
          {rows.map((r) => (
            <li key={r.id} className="flex flex-wrap items-center gap-x-3 gap-y-1 py-2">
              <span className="inline-flex items-center gap-1 font-medium text-amber-800">
                <Clock className="size-3.5" aria-hidden />
                {formatDateTime(r.bidDeadline, locale)}
              </span>
              <Link href={`/opportunities/${r.id}`} className="font-medium text-indigo-700 hover:underline">
                {r.name}
              </Link>
              <span className="text-slate-600">{r.accountName}</span>
              {r.bidNoticeNo ? (
                <span className="text-slate-600">{t('deadlines.notice', { no: r.bidNoticeNo, round: r.bidRound ?? 0 })}</span>
              ) : null}
            </li>
          ))}
        </ul>
      )}
    </SectionCard>
  );
}
