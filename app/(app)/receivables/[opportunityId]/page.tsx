import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import { db } from '@/lib/db/client';
import { requireSession } from '@/lib/auth/session';
import { can } from '@/lib/auth/permissions';
import { formatKrw } from '@/lib/domain/format/money';
import { recordOr404 } from '@/lib/server/record-or-404';
import { getReceivablesProposal, getScheduleView } from '@/lib/server/commands/receivables';
import { Stat } from '@/components/ui/stat';
import { PageHeader } from '@/components/ui/page-header';
import { ScheduleEditor } from './schedule-editor';
import { ReceivablesProposal } from './proposal';

// One won deal's payment schedule (착수금/중도금/잔금): everyone reads; the owner, their manager
// and admins edit (the commands check again). Reached from the receivables list and the opportunity page.
export default async function SchedulePage({ params }: { params: Promise<{ opportunityId: string }> }) {
  const session = await requireSession();
  const { opportunityId } = await params;
  if (!can(session.roles, 'opportunity:read')) notFound();
  const view = await recordOr404(opportunityId, (id) => getScheduleView(db, session, id));
  const proposal = view.milestones.length === 0 ? await getReceivablesProposal(db, session, opportunityId) : null;
  const [t, locale] = [await getTranslations('receivables'), ((await getLocale()) === 'en' ? 'en' : 'ko') as 'ko' | 'en'];
  const o = view.opportunity;
  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-wrap gap-4 text-sm">
        <Link href="/receivables" className="text-indigo-700 underline">
          ← {t('schedule.back')}
        </Link>
        <Link href={`/opportunities/${o.id}`} className="text-indigo-700 underline">
          {o.name}
        </Link>
      </div>
      <PageHeader title={`${t('schedule.title')} · ${o.name}`} description={`${o.accountName} · ${o.ownerName}`} />
      <dl className="grid gap-3 sm:grid-cols-3" data-testid="schedule-totals">
        <Stat
          size="lg"
          label={t('schedule.contract')}
          value={o.contractAmount ? formatKrw(o.contractAmount, locale) : t('schedule.noContract')}
        />
        <Stat
          size="lg"
          subClassName="text-amber-700"
          label={t('schedule.scheduled')}
          value={formatKrw(view.scheduled ?? '0', locale)}
          sub={
            view.unscheduled && view.unscheduled !== '0'
              ? t('schedule.unscheduled', { amount: formatKrw(view.unscheduled, locale) })
              : undefined
          }
        />
      </dl>
      {o.outcome !== 'WON' ? (
        <p className="text-sm text-amber-800">{t('schedule.notWon')}</p>
      ) : !view.editable ? (
        <p className="text-sm text-slate-600">{t('schedule.readOnly')}</p>
      ) : null}
      {proposal && proposal.milestones.length > 0 ? (
        <ReceivablesProposal
          opportunityId={o.id}
          reviewId={proposal.reviewId}
          rows={proposal.milestones}
          canConfirm={view.editable}
          locale={locale}
        />
      ) : null}
      <ScheduleEditor
        opportunityId={o.id}
        milestones={view.milestones}
        editable={view.editable}
        collectable={view.collectable}
        locale={locale}
        today={view.today}
      />
    </div>
  );
}
