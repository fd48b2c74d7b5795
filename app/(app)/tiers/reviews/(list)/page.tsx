import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import { db } from '@/lib/db/client';
import { requireSession } from '@/lib/auth/session';
import { can } from '@/lib/auth/permissions';
import { listTierReviews } from '@/lib/server/commands/tier-reviews';
import { listTeamManagers } from '@/lib/db/queries/users';
import { Badge } from '@/components/ui/badge';
import { Card } from '@/components/ui/card';
import { EmptyState } from '@/components/ui/empty-state';
import { PageHeader } from '@/components/ui/page-header';
import { StartReviewForm } from '../review-forms';
import { formatDate, formatDateTime } from '@/lib/domain/format';

export default async function TierReviewsPage() {
  const session = await requireSession();
  const t = await getTranslations('tiers.reviews');
  const locale = (await getLocale()) === 'en' ? 'en' : 'ko';
  const reviews = await listTierReviews(db);
  const canRun = can(session.roles, 'tierReview:run');
  // executives and admins review the whole firm or pick a team; a manager always reviews their own
  const firmWide = session.roles.includes('EXECUTIVE') || session.roles.includes('ADMIN');
  const teams = canRun && firmWide ? await listTeamManagers(db) : undefined;
  return (
    <>
      <PageHeader
        title={t('title')}
        description={t('description')}
        back={{ href: '/tiers', label: (await getTranslations('tiers'))('title') }}
      />
      {canRun ? <StartReviewForm defaultTitle={t('defaultTitle', { date: formatDate(new Date(), locale) })} teams={teams} /> : null}
      {reviews.length === 0 ? (
        <EmptyState title={t('empty')} description={t('emptyHint')} />
      ) : (
        <Card>
          <ul className="divide-y divide-slate-100" data-testid="review-list">
            {reviews.map((r) => (
              <li key={r.id} className="flex flex-wrap items-center justify-between gap-2 px-4 py-3">
                <div>
                  <Link href={`/tiers/reviews/${r.id}`} className="font-medium text-slate-900 hover:text-indigo-700 hover:underline">
                    {r.title}
                  </Link>
                  <p className="text-xs text-slate-500">
                    {t(r.period)} · {r.teamName ? t('teamOf', { name: r.teamName }) : t('firm')} · {t('asOf')}{' '}
                    {formatDateTime(r.asOf, locale)} · {t('items', { count: r.items })}
                  </p>
                </div>
                <Badge tone={r.closedAt ? 'neutral' : 'success'}>{r.closedAt ? t('closed') : t('open')}</Badge>
              </li>
            ))}
          </ul>
        </Card>
      )}
    </>
  );
}
