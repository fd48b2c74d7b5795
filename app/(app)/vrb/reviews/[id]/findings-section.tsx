import { getTranslations } from 'next-intl/server';
import { Check } from 'lucide-react';
import { Badge } from '@/components/ui/badge';
import { SectionCard } from '@/components/ui/card';
import { cn } from '@/lib/cn';
import { formatDate } from '@/lib/domain/format';
import { isFindingOverdue, type VrbDomain } from '@/lib/domain/vrb';
import type { VrbReviewRecord } from '@/lib/db/queries/vrb';
import { SEVERITY_TONE } from '../../severity';
import { AnswerForm, FindingForm, VerifyForm } from './review-forms';

// The review's findings (SPEC §4): raised by a member with a due date, answered by the rep side,
// verified by a member of the same domain. Unresolved findings past their due date show "overdue".

const FINDING_STEPS = ['OPEN', 'ANSWERED', 'RESOLVED'] as const;

export async function FindingsSection(props: {
  review: VrbReviewRecord;
  returnNotes: Map<string, { note: string }>;
  canRaise: boolean;
  isRepSide: boolean;
  verifierDomains: VrbDomain[];
  raiseDomains: VrbDomain[];
  minDueDate: string;
  now: Date;
  locale: 'ko' | 'en';
}) {
  const { review, returnNotes, locale, now } = props;
  const t = await getTranslations('vrb');
  return (
    <SectionCard
      title={t('record.findings.title')}
      id="findings"
      actions={<span className="text-xs text-slate-500">{review.findings.length}</span>}
    >
      {review.findings.length === 0 ? (
        <p className="py-2 text-sm text-slate-500">{t('record.findings.empty')}</p>
      ) : (
        <ul className="flex flex-col gap-3" data-testid="findings">
          {review.findings.map((f) => {
            const overdue = isFindingOverdue(f, now);
            return (
              <li
                key={f.id}
                id={`finding-${f.id}`}
                data-testid="finding"
                className="rounded-md border border-slate-200 p-3 target:ring-2 target:ring-indigo-500"
              >
                <div className="flex flex-wrap items-center gap-1.5">
                  <Badge tone={SEVERITY_TONE[f.severity]}>{t(`severity.${f.severity}`)}</Badge>
                  <Badge tone="neutral">{t(`domain.${f.domain}`)}</Badge>
                  {f.dueDate ? (
                    <Badge tone={overdue ? 'danger' : 'neutral'} data-testid="finding-due">
                      {overdue
                        ? t('record.findings.overdue', { date: formatDate(f.dueDate, locale) })
                        : t('record.findings.due', { date: formatDate(f.dueDate, locale) })}
                    </Badge>
                  ) : null}
                  <ol aria-label={t('record.findings.progress')} className="ml-auto flex items-center gap-1 text-xs">
                    {FINDING_STEPS.map((s, i) => {
                      const reached = FINDING_STEPS.indexOf(f.status) >= i;
                      return (
                        <li key={s} aria-current={f.status === s ? 'step' : undefined} className="flex items-center gap-1">
                          {i > 0 ? (
                            <span aria-hidden className="text-slate-500">
                              →
                            </span>
                          ) : null}
                          <span
                            className={cn(
                              'inline-flex items-center gap-0.5 rounded-full px-2 py-0.5',
                              f.status === s
                                ? 'bg-indigo-600 text-white'
                                : reached
                                  ? 'bg-indigo-100 text-indigo-800'
                                  : 'bg-slate-100 text-slate-600',
                            )}
                          >
                            {reached && f.status !== s ? <Check aria-hidden className="size-3" /> : null}
                            {t(`findingStatus.${s}`)}
                          </span>
                        </li>
                      );
                    })}
                  </ol>
                </div>
                <p className="mt-2 font-medium text-slate-900">{f.issue}</p>
                <p className="text-xs text-slate-500">
                  {t('record.findings.raisedBy', { name: f.raisedBy.name, date: formatDate(f.createdAt, locale) })}
                </p>
                <dl className="mt-2 grid gap-2 text-sm sm:grid-cols-2">
                  <div>
                    <dt className="text-xs font-medium text-slate-500">{t('record.findings.requiredFix')}</dt>
                    <dd className="text-slate-800">{f.requiredFix}</dd>
                  </div>
                  <div>
                    <dt className="text-xs font-medium text-slate-500">{t('record.findings.answer')}</dt>
                    <dd className={f.answer ? 'text-slate-800' : 'text-slate-500'}>{f.answer ?? t('record.findings.noAnswer')}</dd>
                  </div>
                </dl>
                {returnNotes.get(f.id) ? (
                  <p
                    className="mt-2 rounded border border-amber-200 bg-amber-50 px-2 py-1 text-sm text-amber-900"
                    data-testid="finding-returned"
                  >
                    <span className="font-medium">{t('write.verify.returned')}:</span> {returnNotes.get(f.id)!.note}
                  </p>
                ) : null}
                {f.status === 'OPEN' && props.isRepSide ? <AnswerForm findingId={f.id} version={f.version} /> : null}
                {f.status === 'ANSWERED' && props.verifierDomains.includes(f.domain) ? (
                  <VerifyForm findingId={f.id} version={f.version} />
                ) : null}
              </li>
            );
          })}
        </ul>
      )}
      {props.canRaise ? <FindingForm reviewId={review.id} domains={props.raiseDomains} minDueDate={props.minDueDate} /> : null}
    </SectionCard>
  );
}
