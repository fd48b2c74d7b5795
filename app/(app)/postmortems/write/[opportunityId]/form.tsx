'use client';
// Over 400 lines on purpose: the blameless postmortem is one form with one state (sections, the
// lesson and action-item rows, the blame warnings next to each field, draft/publish with a version).
import Link from 'next/link';
import { useActionState, useRef, useState } from 'react';
import { useRouter } from 'next/navigation';
import { useLocale, useTranslations } from 'next-intl';
import { Plus, Trash2 } from 'lucide-react';
import { ROOT_CAUSES } from '@/lib/domain/postmortems';
import type { PostmortemView } from '@/lib/server/commands/postmortems';
import type { ActionResult } from '@/lib/server/action';
import { Button } from '@/components/ui/button';
import { Card, CardBody, CardHeader, CardTitle } from '@/components/ui/card';
import { Input, Select, Textarea } from '@/components/ui/input';
import { Field, FormError } from '@/components/forms/field';
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
  const addLessonRef = useRef<HTMLDivElement>(null);
  const addActionRef = useRef<HTMLDivElement>(null);
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
  const err = (path: string) => fe?.[path];
  const conflict = state && !state.ok && state.code === 'CONFLICT' && state !== handled ? (state.details as PostmortemView | null) : null;
  const set = <K extends keyof Values>(k: K, v: Values[K]) => setValues((s) => ({ ...s, [k]: v }));
  const toggle = (k: 'rootCauses' | 'attendees', id: string, on: boolean) =>
    set(k, on ? [...values[k], id] : values[k].filter((x) => x !== id));
  const setLesson = (i: number, patch: Partial<LessonRow>) =>
    set(
      'lessons',
      values.lessons.map((l, j) => (j === i ? { ...l, ...patch } : l)),
    );
  const setAction = (i: number, patch: Partial<ActionRow>) =>
    set(
      'actionItems',
      values.actionItems.map((a, j) => (j === i ? { ...a, ...patch } : a)),
    );
  const described = (id: string) => (err(id)?.length ? `${id}-error` : undefined);

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

      <Card>
        <CardHeader>
          <CardTitle>{t('record.summary')}</CardTitle>
        </CardHeader>
        <CardBody className="flex flex-col gap-4">
          <Field label={t('form.summary')} htmlFor="pm-summary" errors={err('summary')}>
            <Textarea
              id="pm-summary"
              value={values.summary}
              onChange={(e) => set('summary', e.target.value)}
              rows={2}
              maxLength={2000}
              aria-invalid={!!err('summary')}
              aria-describedby={described('pm-summary')}
            />
            <BlameHint id="pm-summary" text={values.summary} />
          </Field>
          <Field label={t('form.whatHappened')} htmlFor="pm-whatHappened" errors={err('whatHappened')}>
            <Textarea
              id="pm-whatHappened"
              value={values.whatHappened}
              onChange={(e) => set('whatHappened', e.target.value)}
              rows={3}
              maxLength={5000}
            />
            <BlameHint id="pm-whatHappened" text={values.whatHappened} />
          </Field>
          <div className="grid gap-4 md:grid-cols-2">
            <Field label={t('form.wentWell')} htmlFor="pm-wentWell" errors={err('wentWell')}>
              <Textarea
                id="pm-wentWell"
                value={values.wentWell}
                onChange={(e) => set('wentWell', e.target.value)}
                rows={4}
                maxLength={5000}
              />
              <BlameHint id="pm-wentWell" text={values.wentWell} />
            </Field>
            <Field label={t('form.wentWrong')} htmlFor="pm-wentWrong" errors={err('wentWrong')} hint={t('form.wentWrongHint')}>
              <Textarea
                id="pm-wentWrong"
                value={values.wentWrong}
                onChange={(e) => set('wentWrong', e.target.value)}
                rows={4}
                maxLength={5000}
              />
              <BlameHint id="pm-wentWrong" text={values.wentWrong} />
            </Field>
          </div>
          <fieldset aria-describedby={err('rootCauses') ? 'pm-rootCauses-error' : undefined}>
            <legend className="mb-1 text-sm font-medium text-slate-700">{t('form.rootCauses')}</legend>
            <div className="flex flex-wrap gap-x-4 gap-y-2">
              {ROOT_CAUSES.map((c) => (
                <label key={c} className="inline-flex items-center gap-1.5 text-sm text-slate-800">
                  <input
                    type="checkbox"
                    className="size-4 accent-indigo-600"
                    checked={values.rootCauses.includes(c)}
                    onChange={(e) => toggle('rootCauses', c, e.target.checked)}
                  />
                  {t(`rootCause.${c}`)}
                </label>
              ))}
            </div>
            {err('rootCauses') ? (
              <p id="pm-rootCauses-error" className="mt-1 text-xs text-rose-600">
                {err('rootCauses')!.join(' ')}
              </p>
            ) : null}
          </fieldset>
          <div className="grid gap-4 md:grid-cols-2">
            <Field label={t('form.competitor')} htmlFor="pm-competitor" errors={err('competitorId')}>
              <Select id="pm-competitor" value={values.competitorId} onChange={(e) => set('competitorId', e.target.value)}>
                <option value="">{t('form.noCompetitor')}</option>
                {competitors.map((c) => (
                  <option key={c.id} value={c.id}>
                    {c.name}
                  </option>
                ))}
              </Select>
            </Field>
            <Field label={t('form.priceGap')} htmlFor="pm-priceGap" errors={err('priceGap')} hint={t('form.priceGapHint')}>
              <Input
                id="pm-priceGap"
                inputMode="decimal"
                value={values.priceGap}
                onChange={(e) => set('priceGap', e.target.value)}
                aria-invalid={!!err('priceGap')}
              />
            </Field>
          </div>
          <fieldset>
            <legend className="text-sm font-medium text-slate-700">{t('form.attendees')}</legend>
            <p className="mb-1 text-xs text-slate-500">{t('form.attendeesHint')}</p>
            <div className="flex max-h-40 flex-wrap gap-x-4 gap-y-2 overflow-y-auto rounded-md border border-slate-200 p-2">
              {users.map((u) => (
                <label key={u.id} className="inline-flex items-center gap-1.5 text-sm text-slate-800">
                  <input
                    type="checkbox"
                    className="size-4 accent-indigo-600"
                    checked={values.attendees.includes(u.id)}
                    onChange={(e) => toggle('attendees', u.id, e.target.checked)}
                  />
                  {u.name}
                </label>
              ))}
            </div>
            {err('attendees') ? <p className="mt-1 text-xs text-rose-600">{err('attendees')!.join(' ')}</p> : null}
          </fieldset>
        </CardBody>
      </Card>

      <Card>
        <CardHeader>
          <div>
            <CardTitle>{t('form.lessons')}</CardTitle>
            <p className="mt-0.5 text-xs text-slate-500">{t('form.lessonTagsHint')}</p>
          </div>
        </CardHeader>
        <CardBody className="flex flex-col gap-3">
          {values.lessons.length === 0 ? <p className="text-sm text-slate-500">{t('form.noLessons')}</p> : null}
          {values.lessons.map((l, i) => {
            const p = `lessons.${i}`;
            const n = i + 1;
            return (
              <fieldset key={l.key} className="rounded-md border border-slate-200 p-3">
                <legend className="px-1 text-sm font-semibold text-slate-800">{t('form.lesson', { n })}</legend>
                <div className="grid gap-3 md:grid-cols-[2fr_1fr_1fr]">
                  <Field label={t('form.lessonTitle')} htmlFor={`lesson-${l.key}-title`} errors={err(`${p}.title`)}>
                    <Input
                      id={`lesson-${l.key}-title`}
                      value={l.title}
                      maxLength={200}
                      autoFocus={focusKey === l.key}
                      onChange={(e) => setLesson(i, { title: e.target.value })}
                      aria-invalid={!!err(`${p}.title`)}
                    />
                  </Field>
                  <Field label={t('form.lessonCategory')} htmlFor={`lesson-${l.key}-category`} errors={err(`${p}.category`)}>
                    <Select id={`lesson-${l.key}-category`} value={l.category} onChange={(e) => setLesson(i, { category: e.target.value })}>
                      {ROOT_CAUSES.map((c) => (
                        <option key={c} value={c}>
                          {t(`rootCause.${c}`)}
                        </option>
                      ))}
                    </Select>
                  </Field>
                  <Field label={t('form.lessonCompetitor')} htmlFor={`lesson-${l.key}-competitor`} errors={err(`${p}.competitorId`)}>
                    <Select
                      id={`lesson-${l.key}-competitor`}
                      value={l.competitorId}
                      onChange={(e) => setLesson(i, { competitorId: e.target.value })}
                    >
                      <option value="">{t('form.noCompetitor')}</option>
                      {competitors.map((c) => (
                        <option key={c.id} value={c.id}>
                          {c.name}
                        </option>
                      ))}
                    </Select>
                  </Field>
                </div>
                <div className="mt-3">
                  <Field label={t('form.lessonBody')} htmlFor={`lesson-${l.key}-body`} errors={err(`${p}.body`)}>
                    <Textarea
                      id={`lesson-${l.key}-body`}
                      value={l.body}
                      rows={2}
                      maxLength={5000}
                      onChange={(e) => setLesson(i, { body: e.target.value })}
                    />
                    <BlameHint id={`lesson-${l.key}-body`} text={l.body} />
                  </Field>
                </div>
                <div className="mt-2 flex justify-end">
                  <Button
                    variant="ghost"
                    size="sm"
                    aria-label={t('form.removeLesson', { n })}
                    onClick={() => {
                      set(
                        'lessons',
                        values.lessons.filter((_, j) => j !== i),
                      );
                      addLessonRef.current?.querySelector('button')?.focus();
                    }}
                  >
                    <Trash2 aria-hidden className="mr-1 size-4" />
                    {t('form.removeLesson', { n })}
                  </Button>
                </div>
              </fieldset>
            );
          })}
          <div ref={addLessonRef}>
            <Button
              variant="secondary"
              size="sm"
              onClick={() => {
                const k = key();
                set('lessons', [
                  ...values.lessons,
                  { key: k, title: '', body: '', category: values.rootCauses[0] ?? 'OTHER', competitorId: values.competitorId },
                ]);
                setFocusKey(k);
              }}
            >
              <Plus aria-hidden className="mr-1 size-4" />
              {t('form.addLesson')}
            </Button>
          </div>
        </CardBody>
      </Card>

      <Card>
        <CardHeader>
          <CardTitle>{t('form.actionItems')}</CardTitle>
        </CardHeader>
        <CardBody className="flex flex-col gap-3">
          {values.actionItems.length === 0 ? <p className="text-sm text-slate-500">{t('form.noActions')}</p> : null}
          {values.actionItems.map((a, i) => {
            const p = `actionItems.${i}`;
            const n = i + 1;
            return (
              <fieldset key={a.key} className="rounded-md border border-slate-200 p-3">
                <legend className="px-1 text-sm font-semibold text-slate-800">{t('form.actionItem', { n })}</legend>
                <div className="grid items-end gap-3 md:grid-cols-[2fr_1fr_1fr_auto]">
                  <Field label={t('form.actionTitle')} htmlFor={`action-${a.key}-title`} errors={err(`${p}.title`)}>
                    <Input
                      id={`action-${a.key}-title`}
                      value={a.title}
                      maxLength={500}
                      autoFocus={focusKey === a.key}
                      onChange={(e) => setAction(i, { title: e.target.value })}
                      aria-invalid={!!err(`${p}.title`)}
                    />
                  </Field>
                  <Field label={t('form.actionOwner')} htmlFor={`action-${a.key}-owner`} errors={err(`${p}.ownerId`)}>
                    <Select id={`action-${a.key}-owner`} value={a.ownerId} onChange={(e) => setAction(i, { ownerId: e.target.value })}>
                      <option value="">{t('form.noOwner')}</option>
                      {users.map((u) => (
                        <option key={u.id} value={u.id}>
                          {u.name}
                        </option>
                      ))}
                    </Select>
                  </Field>
                  <Field label={t('form.actionDue')} htmlFor={`action-${a.key}-due`} errors={err(`${p}.dueDate`)}>
                    <Input
                      id={`action-${a.key}-due`}
                      type="date"
                      value={a.dueDate}
                      onChange={(e) => setAction(i, { dueDate: e.target.value })}
                      aria-invalid={!!err(`${p}.dueDate`)}
                    />
                  </Field>
                  <Button
                    variant="ghost"
                    size="sm"
                    aria-label={t('form.removeAction', { n })}
                    onClick={() => {
                      set(
                        'actionItems',
                        values.actionItems.filter((_, j) => j !== i),
                      );
                      addActionRef.current?.querySelector('button')?.focus();
                    }}
                  >
                    <Trash2 aria-hidden className="size-4" />
                  </Button>
                </div>
              </fieldset>
            );
          })}
          <div ref={addActionRef}>
            <Button
              variant="secondary"
              size="sm"
              onClick={() => {
                const k = key();
                set('actionItems', [...values.actionItems, { key: k, title: '', ownerId: '', dueDate: '' }]);
                setFocusKey(k);
              }}
            >
              <Plus aria-hidden className="mr-1 size-4" />
              {t('form.addAction')}
            </Button>
          </div>
        </CardBody>
      </Card>

      <div className="flex flex-wrap justify-end gap-2">
        <Link
          href={initial ? `/postmortems/${initial.id}` : '/postmortems'}
          className="inline-flex h-9 items-center rounded-md px-3 text-sm text-slate-700 hover:bg-slate-100"
        >
          {t('form.cancel')}
        </Link>
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
