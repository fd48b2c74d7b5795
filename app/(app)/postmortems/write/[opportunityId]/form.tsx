'use client';
// The blameless postmortem is one form with one state (sections, the lesson and action-item rows,
// the blame warnings next to each field, draft/publish with a version).
import Link from 'next/link';
import { useActionState, useState } from 'react';
import { useRouter } from 'next/navigation';
import { useLocale, useTranslations } from 'next-intl';
import { ROOT_CAUSES } from '@/lib/domain/postmortems';
import type { PostmortemView } from '@/lib/server/commands/postmortems';
import type { ActionResult } from '@/lib/server/action';
import { Button } from '@/components/ui/button';
import { SectionCard } from '@/components/ui/card';
import { LinkButton } from '@/components/ui/button';
import { CheckboxGroup } from '@/components/forms/checkbox-group';
import { RowList } from '@/components/forms/row-list';
import { fieldBinder } from '@/components/forms/bind';
import { DateInput, FormError, SelectField, TextareaField, TextInput } from '@/components/forms/field';
import { savePostmortemAction } from './actions';
import { BlameHint } from './blame-hint';
import { EMPTY, formatDateTime } from '@/lib/domain/format';

// The blameless postmortem form: what happened and why, root causes, lessons and action items.
// There is deliberately no "responsible person" field; people are attendees or action owners.

type Option = { id: string; name: string };
type LessonRow = { key: number; id?: string; title: string; body: string; category: string; competitorId: string };
type ActionRow = { key: number; id?: string; title: string; ownerId: string; dueDate: string };
type Values = {
  summary: string;
  whatHappened: string;
  wentWell: string;
  wentWrong: string;
  rootCauses: string[];
  competitorId: string;
  priceGap: string;
  attendees: string[];
  lessons: LessonRow[];
  actionItems: ActionRow[];
  version?: number;
};
type SaveResult = ActionResult<{ created: boolean; warnings: { path: string; term: string }[]; id: string; version: number }>;

const LESSON_LABELS = { title: 'lessonTitle', category: 'lessonCategory', competitorId: 'lessonCompetitor', body: 'lessonBody' };
const ACTION_LABELS = { title: 'actionTitle', ownerId: 'actionOwner', dueDate: 'actionDue' };

let nextKey = 1;
const key = () => nextKey++;

function fromRecord(pm: PostmortemView | null, defaultCompetitorId: string | null): Values {
  return {
    summary: pm?.summary ?? '',
    whatHappened: pm?.whatHappened ?? '',
    wentWell: pm?.wentWell ?? '',
    wentWrong: pm?.wentWrong ?? '',
    rootCauses: pm?.rootCauses ?? [],
    competitorId: pm ? (pm.competitorId ?? '') : (defaultCompetitorId ?? ''),
    priceGap: pm?.priceGap != null ? String(pm.priceGap) : '',
    attendees: pm?.attendees ?? [],
    lessons: (pm?.lessons ?? []).map((l) => ({
      key: key(),
      id: l.id,
      title: l.title,
      body: l.body,
      category: l.category,
      competitorId: l.competitorId ?? '',
    })),
    actionItems: (pm?.actionItems ?? []).map((a) => ({
      key: key(),
      id: a.id,
      title: a.title,
      ownerId: a.ownerId ?? '',
      dueDate: a.dueDate ?? '',
    })),
    version: pm?.version,
  };
}

function toPayload(v: Values) {
  const gap = v.priceGap.trim().replace(',', '.');
  return {
    summary: v.summary,
    whatHappened: v.whatHappened,
    wentWell: v.wentWell,
    wentWrong: v.wentWrong,
    rootCauses: v.rootCauses as never,
    competitorId: v.competitorId || null,
    priceGap: gap === '' ? null : Number(gap),
    attendees: v.attendees,
    lessons: v.lessons.map(({ key: _k, competitorId, ...l }) => ({
      ...l,
      category: l.category as never,
      competitorId: competitorId || null,
    })),
    actionItems: v.actionItems.map(({ key: _k, ownerId, dueDate, ...a }) => ({ ...a, ownerId: ownerId || null, dueDate: dueDate || null })),
    version: v.version,
  };
}

export function PostmortemForm({
  opportunityId,
  initial,
  defaultCompetitorId,
  users,
  competitors,
}: {
  opportunityId: string;
  initial: PostmortemView | null;
  defaultCompetitorId: string | null;
  users: Option[];
  competitors: Option[];
}) {
  const t = useTranslations('postmortems');
  const locale = useLocale() === 'en' ? 'en' : 'ko';
  const router = useRouter();
  const [values, setValues] = useState<Values>(() => fromRecord(initial, defaultCompetitorId));
  const [focusKey, setFocusKey] = useState<number | null>(null);
  const [handled, setHandled] = useState<SaveResult | null>(null);

  const [state, submit, pending] = useActionState(async (_prev: SaveResult | null, fd: FormData): Promise<SaveResult> => {
    const status = fd.get('intent') === 'PUBLISHED' ? 'PUBLISHED' : 'DRAFT';
    const payload = JSON.parse(String(fd.get('payload'))) as ReturnType<typeof toPayload>;
    const r = await savePostmortemAction({ opportunityId, status, ...payload });
    // saved: open the record; saved with blame-wording warnings: stay, show them, keep editing at the new version
    if (r.ok && r.data.warnings.length === 0) router.push(`/postmortems/${r.data.id}`);
    else if (r.ok) setValues((v) => ({ ...v, version: r.data.version }));
    return r;
  }, null);

  const fe = state && !state.ok && state !== handled ? state.fieldErrors : undefined;
  const conflict = state && !state.ok && state.code === 'CONFLICT' && state !== handled ? (state.details as PostmortemView | null) : null;
  const set = <K extends keyof Values>(k: K, v: Values[K]) => setValues((s) => ({ ...s, [k]: v }));
  type Rows = 'lessons' | 'actionItems';
  const setRow = <K extends Rows>(k: K, i: number, row: Values[K][number]) =>
    set(k, values[k].map((r, j) => (j === i ? row : r)) as Values[K]);
  const removeRow = (k: Rows, i: number) => set(k, values[k].filter((_, j) => j !== i) as never);
  const addRow = <K extends Rows>(k: K, row: Values[K][number]) => {
    set(k, [...values[k], row] as Values[K]);
    setFocusKey(row.key);
  };
  // the fields of one lesson or action-item row: named by their path (`lessons.0.title`), labelled `form.<labels[name]>`
  const rowField = <K extends Rows>(k: K, i: number, row: Values[K][number], labels: Record<string, string>) =>
    fieldBinder({
      values: row,
      onChange: (next) => setRow(k, i, next),
      label: (n) => t(`form.${labels[n]}` as never),
      errors: fe,
      idPrefix: `${k === 'lessons' ? 'lesson' : 'action'}-${row.key}`,
      namePrefix: `${k}.${i}.`,
    });
  const field = fieldBinder({
    values,
    onChange: setValues,
    label: (n) => t(`form.${n === 'competitorId' ? 'competitor' : n}` as never),
    errors: fe,
    idPrefix: 'pm',
  });
  const competitorOptions = competitors.map((c) => [c.id, c.name] as const);
  const rootCauseOptions = ROOT_CAUSES.map((c) => [c, t(`rootCause.${c}`)] as const);
  // one blameless text: the live blame-wording hint under it
  const prose = (name: 'summary' | 'whatHappened' | 'wentWell' | 'wentWrong', rows: number) => ({
    ...field(name),
    rows,
    maxLength: name === 'summary' ? 2000 : 5000,
    addon: <BlameHint id={`pm-${name}`} text={values[name]} />,
  });

  return (
    <form action={submit} className="flex flex-col gap-4" noValidate aria-busy={pending}>
      <input type="hidden" name="payload" value={JSON.stringify(toPayload(values))} />
      {conflict !== null && state && !state.ok && state.code === 'CONFLICT' ? (
        <div role="alert" className="rounded-md border border-amber-300 bg-amber-50 px-4 py-3 text-sm text-amber-900">
          <p className="font-semibold">{t('form.conflictTitle')}</p>
          <p className="mt-1">
            {t('form.conflictBody', {
              when: conflict ? formatDateTime(new Date(conflict.updatedAt), locale) : EMPTY,
            })}
          </p>
          <Button
            variant="secondary"
            size="sm"
            className="mt-2"
            onClick={() => {
              setValues(fromRecord(conflict, defaultCompetitorId));
              setHandled(state);
            }}
          >
            {t('form.reload')}
          </Button>
        </div>
      ) : (
        <FormError message={state && !state.ok && state !== handled ? state.error : null} />
      )}
      {state?.ok && state.data.warnings.length ? (
        <div role="status" className="rounded-md border border-amber-200 bg-amber-50 px-4 py-3 text-sm text-amber-900">
          <ul className="list-disc pl-5">
            {[...new Set(state.data.warnings.map((w) => w.term))].map((term) => (
              <li key={term}>{t('form.blameWarning', { term })}</li>
            ))}
          </ul>
          <Link href={`/postmortems/${state.data.id}`} className="mt-2 inline-block font-medium text-indigo-700 hover:underline">
            {t('list.openRecord')}
          </Link>
        </div>
      ) : null}

      <SectionCard title={t('record.summary')} bodyClassName="flex flex-col gap-4">
        <TextareaField {...prose('summary', 2)} />
        <TextareaField {...prose('whatHappened', 3)} />
        <div className="grid gap-4 md:grid-cols-2">
          <TextareaField {...prose('wentWell', 4)} />
          <TextareaField {...prose('wentWrong', 4)} description={t('form.wentWrongHint')} />
        </div>
        <CheckboxGroup
          id="pm-rootCauses"
          legend={t('form.rootCauses')}
          options={rootCauseOptions}
          value={values.rootCauses}
          onChange={(v) => set('rootCauses', v)}
          errors={fe?.rootCauses}
        />
        <div className="grid gap-4 md:grid-cols-2">
          <SelectField {...field('competitorId')} placeholder={t('form.noCompetitor')} options={competitorOptions} />
          <TextInput {...field('priceGap')} description={t('form.priceGapHint')} inputMode="decimal" />
        </div>
        <CheckboxGroup
          id="pm-attendees"
          legend={t('form.attendees')}
          hint={t('form.attendeesHint')}
          options={users.map((u) => [u.id, u.name] as const)}
          value={values.attendees}
          onChange={(v) => set('attendees', v)}
          errors={fe?.attendees}
          boxClassName="max-h-40 overflow-y-auto rounded-md border border-slate-200 p-2"
        />
      </SectionCard>

      <SectionCard title={t('form.lessons')} description={t('form.lessonTagsHint')} bodyClassName="flex flex-col gap-3">
        <RowList
          rows={values.lessons}
          empty={t('form.noLessons')}
          legend={(n) => t('form.lesson', { n })}
          removeLabel={(n) => t('form.removeLesson', { n })}
          removeText
          onRemove={(i) => removeRow('lessons', i)}
          addLabel={t('form.addLesson')}
          onAdd={() =>
            addRow('lessons', {
              key: key(),
              title: '',
              body: '',
              category: values.rootCauses[0] ?? 'OTHER',
              competitorId: values.competitorId,
            })
          }
        >
          {(l, i, remove) => {
            const lesson = rowField('lessons', i, l, LESSON_LABELS);
            return (
              <>
                <div className="grid gap-3 md:grid-cols-[2fr_1fr_1fr]">
                  <TextInput {...lesson('title')} maxLength={200} autoFocus={focusKey === l.key} />
                  <SelectField {...lesson('category')} options={rootCauseOptions} />
                  <SelectField {...lesson('competitorId')} placeholder={t('form.noCompetitor')} options={competitorOptions} />
                </div>
                <TextareaField
                  {...lesson('body')}
                  rows={2}
                  maxLength={5000}
                  addon={<BlameHint id={`lesson-${l.key}-body`} text={l.body} />}
                  fieldClassName="mt-3"
                />
                <div className="mt-2 flex justify-end">{remove}</div>
              </>
            );
          }}
        </RowList>
      </SectionCard>

      <SectionCard title={t('form.actionItems')} bodyClassName="flex flex-col gap-3">
        <RowList
          rows={values.actionItems}
          empty={t('form.noActions')}
          legend={(n) => t('form.actionItem', { n })}
          removeLabel={(n) => t('form.removeAction', { n })}
          onRemove={(i) => removeRow('actionItems', i)}
          addLabel={t('form.addAction')}
          onAdd={() => addRow('actionItems', { key: key(), title: '', ownerId: '', dueDate: '' })}
        >
          {(a, i, remove) => {
            const action = rowField('actionItems', i, a, ACTION_LABELS);
            return (
              <div className="grid items-end gap-3 md:grid-cols-[2fr_1fr_1fr_auto]">
                <TextInput {...action('title')} maxLength={500} autoFocus={focusKey === a.key} />
                <SelectField {...action('ownerId')} placeholder={t('form.noOwner')} options={users.map((u) => [u.id, u.name] as const)} />
                <DateInput {...action('dueDate')} />
                {remove}
              </div>
            );
          }}
        </RowList>
      </SectionCard>

      <div className="flex flex-wrap justify-end gap-2">
        <LinkButton variant="ghost" size="md" href={initial ? `/postmortems/${initial.id}` : '/postmortems'}>
          {t('form.cancel')}
        </LinkButton>
        <Button type="submit" name="intent" value="DRAFT" variant="secondary" disabled={pending}>
          {pending ? t('form.saving') : t('form.saveDraft')}
        </Button>
        <Button type="submit" name="intent" value="PUBLISHED" disabled={pending}>
          {pending ? t('form.saving') : t('form.publish')}
        </Button>
      </div>
    </form>
  );
}
