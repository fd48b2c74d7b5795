import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import { db } from '@/lib/db/client';
import type { AppSession } from '@/lib/auth/session';
import { getThisWeek } from '@/lib/server/commands/activities';
import { formatDate, formatDateTime } from '@/lib/domain/format';
import { Badge } from '@/components/ui/badge';
import { Card, CardBody, CardHeader, CardTitle } from '@/components/ui/card';

// 이번 주 (issue #12 item 7): the rep's next steps due up to Sunday (overdue ones flagged) and bid
// deadlines to the end of Sunday, in date order; each links to its deal.
export async function ThisWeek({ session }: { session: AppSession }) {
  const t = await getTranslations('powerMap');
  const locale = (await getLocale()) === 'en' ? 'en' : 'ko';
  const week = await getThisWeek(db, session);
  return (
    <Card className="mb-4" data-testid="this-week">
      <CardHeader>
        <CardTitle>
          <span id="this-week-title">{t('week.title')}</span>{' '}
          <span className="text-sm font-normal text-slate-600">
            {t('week.range', { from: formatDate(week.monday, locale), to: formatDate(week.sunday, locale) })}
          </span>
        </CardTitle>
      </CardHeader>
      <CardBody>
        {week.items.length === 0 ? (
          <p className="text-sm text-slate-600">{t('week.empty')}</p>
        ) : (
          <ul aria-labelledby="this-week-title" className="divide-y divide-slate-100">
            {week.items.map((i) => (
              <li key={`${i.kind}-${i.opportunityId}`} className="flex flex-wrap items-baseline gap-2 py-2" data-testid="this-week-item">
                <Badge tone={i.kind === 'BID_DEADLINE' ? 'warning' : 'info'}>{t(`week.${i.kind}`)}</Badge>
                <time className="tabular text-xs text-slate-600">
                  {i.kind === 'BID_DEADLINE' ? formatDateTime(i.at, locale) : formatDate(i.at, locale)}
                </time>
                {i.overdue ? <Badge tone="danger">{t('week.overdue')}</Badge> : null}
                <Link
                  href={`/opportunities/${i.opportunityId}`}
                  className="font-medium text-slate-900 hover:text-indigo-700 hover:underline"
                >
                  {i.opportunityName}
                </Link>
                <span className="text-sm text-slate-700">{i.text}</span>
                <span className="text-xs text-slate-600">{i.accountName}</span>
              </li>
            ))}
          </ul>
        )}
      </CardBody>
    </Card>
  );
}
