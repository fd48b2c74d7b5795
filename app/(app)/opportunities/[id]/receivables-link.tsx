import Link from 'next/link';
import { getTranslations } from 'next-intl/server';

/** A won deal's way to its payment schedule (채권 관리, /receivables/{id}); nothing for other deals. */
export async function ReceivablesLink({ opportunityId, outcome }: { opportunityId: string; outcome: string }) {
  if (outcome !== 'WON') return null;
  const t = await getTranslations('receivables');
  return (
    <p className="text-sm">
      <Link
        href={`/receivables/${opportunityId}`}
        className="font-medium text-indigo-700 underline"
        data-testid="opportunity-receivables-link"
      >
        {t('schedule.link')}
      </Link>
    </p>
  );
}
