import { getTranslations } from 'next-intl/server';
import { Badge, type BadgeTone } from '@/components/ui/badge';
import { LessonItem } from '@/components/lesson-item';
import { SectionCard } from '@/components/ui/card';
import { cn } from '@/lib/cn';
import { formatDate, formatDateTime, formatPercent } from '@/lib/domain/format';
import { decisionHistory, type OpinionStatus, type VrbDomain } from '@/lib/domain/vrb';
import type { SimilarLesson, VrbReviewRecord } from '@/lib/db/queries/vrb';
import { OpinionForm } from './review-forms';

// The review record's side column: expert opinions per required domain, the append-only decision
// history (with the override and missing-opinion reasons kept with each decision), similar-deal lessons.

const DECISION_TONE: Record<string, BadgeTone> = { PASS: 'success', CONDITIONAL: 'info', HOLD: 'warning', DROP: 'danger' };
const STANCE_TONE: Record<string, BadgeTone> = { SUPPORT: 'success', CONCERN: 'warning', OPPOSE: 'danger' };

export async function OpinionsSection({
  review,
  opinions,
  formDomains,
  locale,
}: {
  review: VrbReviewRecord;
  opinions: OpinionStatus;
  formDomains: VrbDomain[];
  locale: 'ko' | 'en';
}) {
  const t = await getTranslations('vrb');
  return (
    <SectionCard
      title={t('record.opinions.title')}
      actions={
        <Badge tone={opinions.complete ? 'success' : 'warning'}>
          {t('record.opinions.summary', { given: opinions.given.length, required: opinions.required.length })}
        </Badge>
      }
    >
      <ul className="flex flex-col gap-3" data-testid="opinions">
        {[...opinions.required, ...opinions.extra].map((d) => {
          const o = review.opinions.find((x) => x.domain === d);
          return (
            <li key={d} className="text-sm">
              <div className="flex items-center gap-1.5">
                <span className="font-medium text-slate-900">{t(`domain.${d}`)}</span>
                {o ? (
                  <Badge tone={STANCE_TONE[o.stance]}>{t(`stance.${o.stance}`)}</Badge>
                ) : (
                  <Badge tone="danger">{t('record.opinions.missing')}</Badge>
                )}
                {opinions.extra.includes(d) ? <Badge tone="neutral">{t('record.opinions.extra')}</Badge> : null}
              </div>
              {o ? (
                <>
                  <p className="mt-1 whitespace-pre-line text-slate-700">{o.opinion}</p>
                  <p className="text-xs text-slate-500">
                    {o.reviewer.name} · {formatDate(o.createdAt, locale)}
                  </p>
                </>
              ) : null}
            </li>
          );
        })}
      </ul>
      {formDomains.length ? (
        <div className="mt-3">
          <OpinionForm reviewId={review.id} domains={formDomains} />
        </div>
      ) : null}
    </SectionCard>
  );
}

export async function DecisionsSection({ review, form, locale }: { review: VrbReviewRecord; form: React.ReactNode; locale: 'ko' | 'en' }) {
  const t = await getTranslations('vrb');
  const { history } = decisionHistory(review.decisions);
  return (
    <SectionCard id="decision" title={t('record.decisions.title')} description={t('record.decisions.description')}>
      {form ? <div className="mb-4 border-b border-slate-100 pb-4">{form}</div> : null}
      {history.length === 0 ? (
        <p className="py-2 text-sm text-slate-500">{t('record.decisions.empty')}</p>
      ) : (
        <ol className="relative border-l border-slate-200 pl-4" data-testid="decisions">
          {history.map((d, i) => (
            <li key={d.id} className="mb-3 text-sm">
              <span
                className={cn(
                  'absolute -left-1.5 mt-1.5 size-3 rounded-full border-2 border-white',
                  i === 0 ? 'bg-indigo-600' : 'bg-slate-300',
                )}
                aria-hidden
              />
              <div className="flex flex-wrap items-center gap-1.5">
                <Badge tone={DECISION_TONE[d.decision]}>{t(`decision.${d.decision}`)}</Badge>
                {i === 0 ? <span className="text-xs font-medium text-indigo-700">{t('record.decisions.current')}</span> : null}
              </div>
              <p className="mt-0.5 text-xs text-slate-500">
                {formatDateTime(d.decidedAt, locale)} · {d.decidedBy.name}
                {d.marginPct !== null
                  ? ` · ${t('record.decisions.marginAt', { margin: formatPercent(d.marginPct).replace('%', '') })}`
                  : ''}
              </p>
              {d.reason ? <p className="mt-1 text-slate-700">“{d.reason}”</p> : null}
              {d.overrideReason ? (
                <p className="mt-1 rounded border border-amber-200 bg-amber-50 px-2 py-1 text-amber-900">
                  <span className="font-medium">{t('record.decisions.override')}:</span> {d.overrideReason}
                </p>
              ) : null}
              {d.missingOpinionReason ? (
                <p
                  className="mt-1 rounded border border-amber-200 bg-amber-50 px-2 py-1 text-amber-900"
                  data-testid="missing-opinion-reason"
                >
                  <span className="font-medium">{t('record.decisions.missingOpinionReason')}:</span> {d.missingOpinionReason}
                </p>
              ) : null}
            </li>
          ))}
        </ol>
      )}
    </SectionCard>
  );
}

export async function LessonsSection({ lessons, locale }: { lessons: SimilarLesson[]; locale: 'ko' | 'en' }) {
  const t = await getTranslations('vrb');
  return (
    <SectionCard title={t('record.lessons.title')} description={t('record.lessons.description')}>
      {lessons.length === 0 ? (
        <p className="py-2 text-sm text-slate-500">{t('record.lessons.empty')}</p>
      ) : (
        <ul className="flex flex-col gap-3" data-testid="lessons">
          {lessons.map((l) => (
            <LessonItem key={l.id} title={l.title} body={l.body} date={formatDate(l.createdAt, locale)} accountName={l.accountName} clamp>
              <div className="mt-0.5 flex flex-wrap gap-1">
                {l.sameAccount ? <Badge tone="accent">{t('record.lessons.sameAccount')}</Badge> : null}
                {l.sameCategory ? <Badge tone="info">{t('record.lessons.sameCategory')}</Badge> : null}
                {l.sameCompetitor ? (
                  <Badge tone="warning">
                    {t('record.lessons.sameCompetitor')}
                    {l.competitorName ? ` · ${l.competitorName}` : ''}
                  </Badge>
                ) : null}
              </div>
            </LessonItem>
          ))}
        </ul>
      )}
    </SectionCard>
  );
}
