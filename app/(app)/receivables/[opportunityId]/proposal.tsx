'use client';
import { useMemo, useTransition } from 'react';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { DataTable } from '@/components/data-table';
import { Button } from '@/components/ui/button';
import { toastResult } from '@/components/toast';
import { confirmProposalAction } from '../actions';
import { proposalColumns, type ProposedRow } from './schedule-columns';

// From decision to cash (issue #11): a won deal without a schedule gets 착수금/중도금/잔금 proposed
// from its last passed VRB review's snapshot; the rep side confirms them (one command, one audit row).
export function ReceivablesProposal({
  opportunityId,
  reviewId,
  rows,
  canConfirm,
  locale,
}: {
  opportunityId: string;
  reviewId: string | null;
  rows: ProposedRow[];
  canConfirm: boolean;
  locale: 'ko' | 'en';
}) {
  const t = useTranslations('receivables');
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const columns = useMemo(() => proposalColumns(t, locale, rows), [t, locale, rows]);
  const confirm = () =>
    startTransition(async () => {
      const r = await confirmProposalAction({ opportunityId });
      if (toastResult(r, t('proposal.confirmed'))) router.refresh();
    });
  return (
    <section className="flex flex-col gap-3 rounded-lg border border-indigo-200 bg-indigo-50/40 p-4" data-testid="receivables-proposal">
      <div>
        <h2 className="text-base font-semibold text-slate-900">{t('proposal.title')}</h2>
        <p className="text-sm text-slate-600">
          {t('proposal.description')}{' '}
          {reviewId ? (
            <Link href={`/vrb/reviews/${reviewId}`} className="font-medium text-indigo-700 underline">
              {t('proposal.review')}
            </Link>
          ) : null}
        </p>
      </div>
      <DataTable
        caption={t('proposal.title')}
        columns={columns}
        data={rows}
        getRowId={(r) => `${r.kind}-${r.sequence}`}
        rowTestId="proposed-row"
        maxHeight="none"
        hideColumnMenu
      />
      {canConfirm ? (
        <div>
          <Button onClick={confirm} disabled={pending}>
            {t('proposal.confirm')}
          </Button>
        </div>
      ) : (
        <p className="text-sm text-slate-600">{t('proposal.readOnly')}</p>
      )}
    </section>
  );
}
