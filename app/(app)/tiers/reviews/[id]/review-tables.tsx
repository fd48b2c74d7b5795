'use client';
import { useMemo } from 'react';
import { useLocale, useTranslations } from 'next-intl';
import { DataTable, useColumns } from '@/components/data-table';
import type { MatrixRow, RepSummary } from '@/lib/domain/tiers';
import { DecisionForm } from '../review-forms';
import { decisionColumns, matrixColumns, repSummaryColumns, type DecisionRow } from './columns';

export function MatrixTable({
  reviewId,
  rows,
  caption,
  testId,
  compact,
}: {
  reviewId: string;
  rows: MatrixRow[];
  caption: string;
  testId?: string;
  /** the scope's summary: no rep links, no column menu, no export (the per-rep matrix has it) */
  compact?: boolean;
}) {
  const t = useTranslations('tiers');
  const columns = useMemo(
    () => matrixColumns(t, compact ? {} : { repHref: (owner) => `/tiers/reviews/${reviewId}?owner=${owner}` }),
    [t, reviewId, compact],
  );
  return (
    <DataTable
      caption={caption}
      columns={columns}
      data={rows}
      getRowId={(r) => r.id}
      exportHref={compact ? undefined : `/tiers/reviews/${reviewId}/export?table=matrix`}
      hideColumnMenu={compact}
      testId={testId}
      maxHeight="none"
      dense
    />
  );
}

export function RepSummaryTable({ rows, caption }: { rows: RepSummary[]; caption: string }) {
  const t = useTranslations('tiers');
  const columns = useColumns(t, repSummaryColumns);
  return <DataTable caption={caption} columns={columns} data={rows} getRowId={(r) => r.ownerId} testId="rep-summary" compact />;
}

export function DecisionsTable({ reviewId, rows, caption }: { reviewId: string; rows: DecisionRow[]; caption: string }) {
  const t = useTranslations('tiers');
  const locale = useLocale() === 'en' ? 'en' : 'ko';
  const columns = useMemo(
    () =>
      decisionColumns(t, locale, (i) => (
        <DecisionForm
          reviewId={reviewId}
          item={{
            opportunityId: i.opportunityId,
            opportunityName: i.opportunityName,
            decidedByName: i.decidedByName,
            closedSince: i.outcome === 'OPEN' && i.liveOutcome !== 'OPEN',
            decision: i.decision,
            reason: i.reason,
            nextStep: i.nextStep,
            nextStepDueDate: i.nextStepDueDate ? new Date(i.nextStepDueDate).toISOString().slice(0, 10) : null,
          }}
          disabled={!i.mayDecide}
        />
      )),
    [t, locale, reviewId],
  );
  return (
    <DataTable
      caption={caption}
      columns={columns}
      data={rows}
      getRowId={(r) => r.id}
      exportHref={`/tiers/reviews/${reviewId}/export`}
      testId="decisions-table"
      maxHeight="none"
    />
  );
}
