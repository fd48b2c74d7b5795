import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import { CalendarClock, Flag, MessageSquare, Scale } from 'lucide-react';
import { db } from '@/lib/db/client';
import { getPostmortemRecord } from '@/lib/db/queries/postmortems';
import { koreaDate } from '@/lib/domain/work';
import { AmendmentForm } from './forms';
import { ActionItemsTable } from './action-items-table';
import { addAmendmentAction, completeActionItemAction } from './actions';
import { assembleTimeline, type TimelineEntry } from '@/lib/domain/postmortems';
import { actionItemRows } from '@/lib/domain/postmortems/action-items';
import { formatKrw } from '@/lib/domain/format/money';
import { Badge } from '@/components/ui/badge';
import { SectionCard } from '@/components/ui/card';
import { Breadcrumbs } from '@/components/ui/breadcrumbs';
import { can } from '@/lib/auth/permissions';
import { editableOpportunityIds } from '@/lib/db/queries/opportunities';
import { requireReader } from '../access';
import { LessonTags } from '../lesson-tags';
import { ItemList } from '@/components/item-list';
import { OUTCOME_TONE, type OutcomeKey } from '../labels';
import { EMPTY, formatDate, formatDateTime, formatNumber } from '@/lib/domain/format';
import { recordOr404 } from '@/lib/server/record-or-404';

export default async function PostmortemRecordPage({ params }: { params: Promise<{ id: string }> }) {
  const session = await requireReader('opportunity:read', 'lesson:read');
  const { id } = await params;
  const locale = (await getLocale()) === 'en' ? 'en' : 'ko';
  const pm = await recordOr404(id, (id) => getPostmortemRecord(db, id, locale));
  const t = await getTranslations('postmortems');
  const opp = pm.opportunity;
  const mayEdit = can(session.roles, 'postmortem:write') && (await editableOpportunityIds(db, session, [opp.id])).has(opp.id);
  const manages = session.roles.includes('SALES_MANAGER') || session.roles.includes('ADMIN');
  const today = koreaDate(new Date());
  const timeline = assembleTimeline(pm.timeline.tier, pm.timeline.vrb, pm.timeline.activities);
  const date = (d: Date | null) => (d ? formatDate(d, locale) : t('record.notRecorded'));
  const name = (x: { nameKo: string; nameEn: string } | null) => (x ? (locale === 'en' ? x.nameEn : x.nameKo) : null);
  const amount = opp.contractAmount ?? opp.amount;
  const reasons = opp.reasons.map((r) => (locale === 'en' ? r.reason.labelEn : r.reason.labelKo));

  return (
    <article className="flex flex-col gap-4" aria-labelledby="pm-title">
      <Breadcrumbs label={t('record.back')} trail={[{ href: '/postmortems', label: t('record.back') }]} current={opp.name} />

      <header className="flex flex-wrap items-start justify-between gap-3">
        <div>
          <h1 id="pm-title" className="text-xl font-semibold text-slate-900">
            {opp.name}
          </h1>
          <p className="mt-0.5 text-sm text-slate-500">
            <Link href={`/accounts/${opp.account.id}`} className="hover:underline">
              {opp.account.name}
            </Link>
            {pm.heldAt ? (
              <>
                {' '}
                · {t('record.heldAt')} {date(pm.heldAt)}
              </>
            ) : null}
          </p>
        </div>
        <div className="flex items-center gap-2">
          <Badge tone={OUTCOME_TONE[opp.outcome as OutcomeKey]}>{t(`outcome.${opp.outcome}`)}</Badge>
          <Badge tone={pm.status === 'PUBLISHED' ? 'success' : 'info'}>{t(`status.${pm.status}`)}</Badge>
          <Link href={`/opportunities/${opp.id}`} className="text-sm font-medium text-indigo-700 hover:underline">
            {t('record.openOpportunity')}
          </Link>
          {mayEdit && pm.status === 'DRAFT' ? (
            <Link
              href={`/postmortems/write/${opp.id}`}
              className="inline-flex h-8 items-center rounded-md border border-slate-300 bg-white px-3 text-sm font-medium text-slate-800 hover:bg-slate-50"
            >
              {t('form.edit')}
            </Link>
          ) : null}
        </div>
      </header>

      <p className="flex items-center gap-2 rounded-md border border-sky-200 bg-sky-50 px-3 py-2 text-sm text-sky-900">
        <Scale aria-hidden className="size-4 shrink-0" />
        {t('record.blameless')}
      </p>

      <div className="grid gap-4 lg:grid-cols-3">
        <div className="flex flex-col gap-4 lg:col-span-2">
          <SectionCard title={t('record.summary')} bodyClassName="flex flex-col gap-4 text-sm">
            <Prose text={pm.summary} empty={t('record.notRecorded')} />
            <div>
              <h3 className="mb-1 text-sm font-semibold text-slate-800">{t('record.whatHappened')}</h3>
              <Prose text={pm.whatHappened} empty={t('record.notRecorded')} />
            </div>
            <div className="grid gap-4 md:grid-cols-2">
              <div className="rounded-md border border-emerald-200 bg-emerald-50/50 p-3">
                <h3 className="mb-1 text-sm font-semibold text-emerald-900">{t('record.wentWell')}</h3>
                <Prose text={pm.whatWentWell} empty={t('record.notRecorded')} />
              </div>
              <div className="rounded-md border border-amber-200 bg-amber-50/50 p-3">
                <h3 className="mb-1 text-sm font-semibold text-amber-900">{t('record.wentWrong')}</h3>
                <Prose text={pm.whatWentWrong} empty={t('record.notRecorded')} />
              </div>
            </div>
            <div>
              <h3 className="mb-1 text-sm font-semibold text-slate-800">{t('record.rootCauses')}</h3>
              {pm.rootCauses.length ? (
                <ul className="flex flex-wrap gap-1.5" aria-label={t('record.rootCauses')}>
                  {pm.rootCauses.map((c) => (
                    <li key={c}>
                      <Badge tone="accent">{t(`rootCause.${c}`)}</Badge>
                    </li>
                  ))}
                </ul>
              ) : (
                <p className="text-slate-500">{t('record.notRecorded')}</p>
              )}
            </div>
          </SectionCard>

          <SectionCard title={t('record.timeline')} description={t('record.timelineHint')}>
            {timeline.length === 0 ? (
              <p className="text-sm text-slate-500">{t('record.timelineEmpty')}</p>
            ) : (
              <ol className="relative ml-2 border-l border-slate-200" aria-label={t('record.timeline')}>
                {timeline.map((e) => (
                  <li key={`${e.kind}-${e.id}`} className="mb-3 ml-4 last:mb-0" data-kind={e.kind}>
                    <span className="absolute -left-2 mt-0.5 flex size-4 items-center justify-center rounded-full bg-white ring-2 ring-white">
                      <TimelineIcon kind={e.kind} />
                    </span>
                    <div className="flex flex-wrap items-baseline gap-x-2 text-sm">
                      <time dateTime={e.at.toISOString()} className="text-xs text-slate-500 tabular-nums">
                        {formatDateTime(e.at, locale)}
                      </time>
                      <Badge tone={e.kind === 'tier' ? 'info' : e.kind === 'vrb' ? 'accent' : 'neutral'}>
                        {e.kind === 'activity' ? t(`activityType.${e.type}` as never) : t(`timelineKind.${e.kind}`)}
                      </Badge>
                      <span className="text-slate-800">{timelineText(e, t)}</span>
                    </div>
                    {e.kind !== 'activity' && e.reason ? <p className="mt-0.5 text-xs text-slate-500">{e.reason}</p> : null}
                  </li>
                ))}
              </ol>
            )}
          </SectionCard>

          <SectionCard title={t('record.lessons')} count={pm.lessons.length}>
            <ItemList
              items={pm.lessons}
              empty={t('record.noLessons')}
              className="flex flex-col gap-3"
              itemClassName="rounded-md border border-slate-200 p-3"
            >
              {(l) => (
                <>
                  <p className="font-medium text-slate-900">{l.title}</p>
                  <p className="mt-1 text-sm whitespace-pre-line text-slate-700">{l.body}</p>
                  <LessonTags
                    className="mt-2 flex flex-wrap gap-1.5"
                    category={l.category}
                    account={l.account?.name}
                    competitor={l.competitor?.name}
                    businessCategory={name(l.businessCategory)}
                  />
                </>
              )}
            </ItemList>
          </SectionCard>

          <SectionCard title={t('record.actionItems')}>
            <ActionItemsTable
              postmortemId={pm.id}
              rows={actionItemRows(pm.actionItems, today)}
              completable={pm.actionItems
                .filter((a) => !a.doneAt && (a.owner?.id === session.userId || (manages && mayEdit)))
                .map((a) => a.id)}
              action={completeActionItemAction}
            />
          </SectionCard>

          {pm.status === 'PUBLISHED' ? (
            <SectionCard title={t('amend.title')} bodyClassName="grid gap-3">
              <p className="text-xs text-slate-600">{t('amend.hint')}</p>
              {pm.amendments.length === 0 ? (
                <p className="text-sm text-slate-600">{t('amend.empty')}</p>
              ) : (
                <ol className="grid gap-2" data-testid="amendments">
                  {pm.amendments.map((m) => (
                    <li key={m.id} className="rounded border border-slate-200 px-3 py-2">
                      <p className="text-sm whitespace-pre-wrap text-slate-800">{m.body}</p>
                      <p className="text-xs text-slate-600">
                        {t('amend.by', {
                          name: m.author.name,
                          at: formatDateTime(m.createdAt, locale),
                        })}
                      </p>
                    </li>
                  ))}
                </ol>
              )}
              {mayEdit && can(session.roles, 'postmortem:amend') ? (
                <AmendmentForm postmortemId={pm.id} action={addAmendmentAction} />
              ) : null}
            </SectionCard>
          ) : null}
        </div>

        <aside className="flex flex-col gap-4">
          <SectionCard title={t('record.facts')}>
            <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-2 text-sm">
              <dt className="text-slate-500">{t('record.closedAt')}</dt>
              <dd className="text-slate-800">{date(opp.closedAt ?? opp.tierEnteredAt)}</dd>
              <dt className="text-slate-500">{t('record.closedFrom')}</dt>
              <dd className="text-slate-800">{opp.lastOpenTier !== null ? `Tier ${opp.lastOpenTier}` : EMPTY}</dd>
              <dt className="text-slate-500">{t('record.amount')}</dt>
              <dd className="text-slate-800 tabular-nums">{amount !== null ? formatKrw(amount.toString(), locale) : EMPTY}</dd>
              <dt className="text-slate-500">{t('record.category')}</dt>
              <dd className="text-slate-800">{name(opp.businessCategory) ?? EMPTY}</dd>
              <dt className="text-slate-500">{t('record.reasons')}</dt>
              <dd className="text-slate-800">{reasons.length ? reasons.join(', ') : EMPTY}</dd>
            </dl>
          </SectionCard>

          <SectionCard title={t('record.competition')}>
            <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-2 text-sm">
              <dt className="text-slate-500">{t('record.winningCompetitor')}</dt>
              <dd className="font-medium text-slate-800">
                {pm.winningCompetitor?.name ?? opp.lostToCompetitor?.name ?? t('record.notRecorded')}
              </dd>
              <dt className="text-slate-500">{t('record.priceGap')}</dt>
              <dd className="text-slate-800 tabular-nums">
                {pm.priceGapPct !== null
                  ? t('record.priceGapValue', {
                      pct: formatNumber(Number(pm.priceGapPct), { maxFractionDigits: 1, signed: true }),
                    })
                  : t('record.notRecorded')}
              </dd>
            </dl>
          </SectionCard>

          <SectionCard title={t('record.attendees')} count={pm.attendees.length}>
            <ItemList
              items={pm.attendees.map((x) => x.user)}
              empty={t('record.noAttendees')}
              label={t('record.attendees')}
              className="flex flex-wrap gap-1.5"
              itemClassName=""
            >
              {(u) => <Badge>{u.name}</Badge>}
            </ItemList>
          </SectionCard>
        </aside>
      </div>
    </article>
  );
}

function Prose({ text, empty }: { text: string | null; empty: string }) {
  return text ? <p className="whitespace-pre-line text-slate-700">{text}</p> : <p className="text-slate-500">{empty}</p>;
}

function TimelineIcon({ kind }: { kind: TimelineEntry['kind'] }) {
  const cls = 'size-4';
  if (kind === 'tier') return <Flag aria-hidden className={`${cls} text-sky-600`} />;
  if (kind === 'vrb') return <CalendarClock aria-hidden className={`${cls} text-indigo-600`} />;
  return <MessageSquare aria-hidden className={`${cls} text-slate-500`} />;
}

type T = Awaited<ReturnType<typeof getTranslations<'postmortems'>>>;
function timelineText(e: TimelineEntry, t: T): string {
  if (e.kind === 'activity') return e.subject;
  if (e.kind === 'vrb') return t('record.vrbDecision', { stage: e.stageName, decision: t(`vrbDecision.${e.decision}` as never) });
  if (e.fromTier === null) return t('record.tierCreated', { to: e.toTier });
  if (e.toTier === 0) return t('record.tierClosed', { from: e.fromTier, outcome: t(`outcome.${e.toOutcome}` as never) });
  return t('record.tierMove', { from: e.fromTier, to: e.toTier });
}
