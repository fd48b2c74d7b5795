import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { Scale } from 'lucide-react';
import { db } from '@/lib/db/client';
import { listCompetitorOptions } from '@/lib/db/queries/reference';
import { listActiveUserOptions } from '@/lib/db/queries/users';
import { canWritePostmortem } from '@/lib/domain/postmortems';
import { getWritablePostmortem } from '@/lib/server/commands/postmortems';
import { EmptyState } from '@/components/ui/empty-state';
import { PageHeader } from '@/components/ui/page-header';
import { Breadcrumbs } from '@/components/ui/breadcrumbs';
import { requireReader } from '../../access';
import { PostmortemForm } from './form';
import { recordOr404 } from '@/lib/server/record-or-404';

// Create or edit the blameless postmortem of one closed opportunity (the user's own or their
// team's; anyone else's is a 403 from ./layout.tsx, like the command's refusal).
export default async function WritePostmortemPage({ params }: { params: Promise<{ opportunityId: string }> }) {
  const session = await requireReader('postmortem:write');
  const { opportunityId } = await params;
  const found = await recordOr404(opportunityId, (id) => getWritablePostmortem(db, session, id));
  const t = await getTranslations('postmortems');
  const { opportunity: opp, postmortem: pm } = found;
  const title = pm ? t('form.titleEdit') : t('form.titleNew');

  if (!canWritePostmortem(opp).ok) {
    return (
      <>
        <PageHeader title={title} description={t('form.forOpportunity', { name: opp.name, account: opp.account.name })} />
        <EmptyState
          title={t('form.notClosed')}
          action={
            <Link href={`/opportunities/${opp.id}`} className="text-sm font-medium text-indigo-700 hover:underline">
              {t('record.openOpportunity')}
            </Link>
          }
        />
      </>
    );
  }

  const [users, competitors] = await Promise.all([listActiveUserOptions(db), listCompetitorOptions(db)]);

  return (
    <>
      <Breadcrumbs
        label={t('record.back')}
        trail={[{ href: '/postmortems', label: t('record.back') }, ...(pm ? [{ href: `/postmortems/${pm.id}`, label: opp.name }] : [])]}
        className="mb-2"
      />
      <PageHeader title={title} description={t('form.forOpportunity', { name: opp.name, account: opp.account.name })} />
      <p className="mb-4 flex items-center gap-2 rounded-md border border-sky-200 bg-sky-50 px-3 py-2 text-sm text-sky-900">
        <Scale aria-hidden className="size-4 shrink-0" />
        {t('form.blameless')}
      </p>
      <PostmortemForm
        opportunityId={opp.id}
        initial={pm}
        defaultCompetitorId={opp.lostToCompetitorId}
        users={users}
        competitors={competitors}
      />
    </>
  );
}
