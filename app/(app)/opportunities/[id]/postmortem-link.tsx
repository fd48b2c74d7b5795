import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import { formatDate } from '@/lib/domain/format';
import { db } from '@/lib/db/client';
import { postmortemOwed } from '@/lib/db/queries/postmortems';
import { postmortemDue } from '@/lib/domain/postmortems';
import { getPostmortemDueDays } from '@/lib/server/settings';

/** A closed deal's way to its postmortem ("포스트모템 작성") while one is due; nothing otherwise. */
export async function PostmortemLink({ opportunityId, mayWrite }: { opportunityId: string; mayWrite: boolean }) {
  if (!mayWrite) return null;
  const [owed, days] = await Promise.all([postmortemOwed(db, opportunityId), getPostmortemDueDays(db)]);
  if (!owed) return null;
  const t = await getTranslations('postmortems.write');
  const locale = (await getLocale()) === 'en' ? 'en' : 'ko';
  const due = postmortemDue(owed.closedAt, new Date(), days);
  return (
    <p className="text-sm">
      <Link
        href={`/postmortems/write/${opportunityId}`}
        className="font-medium text-indigo-700 underline"
        data-testid="opportunity-postmortem-link"
      >
        {t('cta')}
      </Link>{' '}
      <span className={due.state === 'OVERDUE' ? 'text-rose-700' : 'text-slate-600'}>
        {t('due', { date: formatDate(due.dueAt, locale) })}
      </span>
    </p>
  );
}
