import { getTranslations } from 'next-intl/server';
import { SectionCard } from '@/components/ui/card';
import { cn } from '@/lib/cn';
import { EMPTY, formatDate, formatNumber } from '@/lib/domain/format';
import { ASSESSMENT_CRITERIA, scoreShare, type AssessmentCriterion } from '@/lib/domain/vrb';
import type { VrbReviewRecord } from '@/lib/db/queries/vrb';
import { AssessmentForm } from './review-manage';

// The six-criterion assessment (SPEC §4): each criterion's mean over its scorers with every scorer's
// note, the weighted score (weights in settings) and its history over the deal's reviews, and the
// caller's own form while the review is scheduled (the rep side before it, members during it).

export type ScoreHistoryItem = { reviewId: string; label: string; scheduledAt: Date; score: number | null; current: boolean };

export async function AssessmentSection(props: {
  review: VrbReviewRecord;
  weighted: number | null;
  history: ScoreHistoryItem[];
  mayAssess: boolean;
  userId: string;
  locale: 'ko' | 'en';
}) {
  const { review, locale } = props;
  const t = await getTranslations('vrb');
  const by = new Map<AssessmentCriterion, VrbReviewRecord['assessments']>();
  for (const a of review.assessments) by.set(a.criterion, [...(by.get(a.criterion) ?? []), a]);
  const mine = review.assessments.filter((a) => a.scoredById === props.userId);
  const num = (n: number | null) => (n === null ? EMPTY : formatNumber(n, { maxFractionDigits: 2 }));
  return (
    <SectionCard
      id="assessment"
      title={t('record.assessment.title')}
      description={t('record.assessment.description')}
      actions={
        <p className="text-sm text-slate-700">
          {t('record.assessment.weighted')}{' '}
          <span className="text-lg font-semibold text-indigo-700 tabular-nums" data-testid="weighted-score">
            {num(props.weighted)}
          </span>
        </p>
      }
    >
      {review.assessments.length === 0 ? <p className="mb-2 text-sm text-slate-500">{t('record.assessment.empty')}</p> : null}
      <ul className="divide-y divide-slate-100" data-testid="assessment">
        {ASSESSMENT_CRITERIA.map((c) => {
          const list = by.get(c) ?? [];
          const mean = list.length ? list.reduce((s, a) => s + a.score, 0) / list.length : null;
          return (
            <li key={c} className="grid grid-cols-[minmax(0,12rem)_8rem_minmax(0,1fr)] items-start gap-3 py-2 text-sm">
              <span className="font-medium text-slate-800">{t(`criterion.${c}`)}</span>
              {mean !== null ? (
                <span className="flex items-center gap-2">
                  <span role="img" aria-label={t('record.assessment.score', { score: num(mean) })} className="flex gap-0.5">
                    {[1, 2, 3, 4, 5].map((i) => (
                      <span
                        key={i}
                        className={cn('h-2 w-4 rounded-sm', i <= Math.round(scoreShare(mean) * 5) ? 'bg-indigo-500' : 'bg-slate-200')}
                      />
                    ))}
                  </span>
                  <span className="text-xs text-slate-600 tabular-nums" aria-hidden>
                    {num(mean)}
                  </span>
                </span>
              ) : (
                <span className="text-xs text-slate-500">{t('record.assessment.notScored')}</span>
              )}
              <span className="flex flex-col gap-0.5 text-slate-600">
                {list.map((a, i) => (
                  <span key={i}>
                    {a.scoredBy ? (
                      <span className="text-xs text-slate-500">
                        {a.scoredBy.name} · {a.score}{' '}
                      </span>
                    ) : null}
                    {a.notes ?? ''}
                  </span>
                ))}
              </span>
            </li>
          );
        })}
      </ul>
      {props.history.length > 1 ? (
        <div className="mt-3">
          <h3 className="text-xs font-medium text-slate-600">{t('record.assessment.history')}</h3>
          <ol className="mt-1 flex flex-wrap gap-2 text-sm" data-testid="score-history">
            {props.history.map((h) => (
              <li
                key={h.reviewId}
                className={cn('rounded border px-2 py-1', h.current ? 'border-indigo-300 bg-indigo-50' : 'border-slate-200')}
              >
                <span className="text-slate-700">{h.label}</span> ·{' '}
                <span className="text-slate-500">{formatDate(h.scheduledAt, locale)}</span> ·{' '}
                <span className="font-semibold tabular-nums">{num(h.score)}</span>
              </li>
            ))}
          </ol>
        </div>
      ) : null}
      {props.mayAssess ? (
        <AssessmentForm reviewId={review.id} initial={mine.map((a) => ({ criterion: a.criterion, score: a.score, notes: a.notes }))} />
      ) : null}
    </SectionCard>
  );
}
