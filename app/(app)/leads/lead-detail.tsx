'use client';
import { useEffect, useState, useTransition } from 'react';
import Link from 'next/link';
import { useTranslations } from 'next-intl';
import { qualificationChecklist, type Criterion } from '@/lib/domain/leads/qualification';
import { formatKrw, formatPhone } from '@/lib/domain/format';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { Input, Label, Select, Textarea } from '@/components/ui/input';
import { FormError } from '@/components/forms/field';
import { Modal } from '@/components/modal';
import { convertLeadAction, disqualifyLeadAction, leadDetailAction, qualifyLeadAction, updateLeadAction } from './actions';
import type { Option, Perms, ReasonOption } from './lead-inbox';
import { Options } from '@/components/forms/options';

const EDIT_FIELDS = [
  'phone',
  'name',
  'company',
  'email',
  'website',
  'temperature',
  'need',
  'intent',
  'budget',
  'campaign',
  'businessRegistrationNo',
] as const;
type EditField = (typeof EDIT_FIELDS)[number];

type Detail = Extract<Awaited<ReturnType<typeof leadDetailAction>>, { ok: true }>['data'];

export function LeadDetail(props: {
  id: string;
  onClose: () => void;
  onChanged: () => void;
  assignees: Option[];
  reasons: ReasonOption[];
  perms: Perms;
  userId: string;
  locale: 'ko' | 'en';
}) {
  const t = useTranslations('leads');
  const [data, setData] = useState<Detail | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [convertedId, setConvertedId] = useState<string | null>(null);
  const [pending, start] = useTransition();
  const [owner, setOwner] = useState('');
  const [reason, setReason] = useState('');
  const [note, setNote] = useState('');
  const [oppName, setOppName] = useState('');
  const [edit, setEdit] = useState<Record<EditField, string> | null>(null);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string[]>>({});

  const load = () =>
    start(async () => {
      const r = await leadDetailAction({ id: props.id });
      if (r.ok) {
        setData(r.data);
        setOwner(r.data.lead.ownerId ?? (props.assignees.some((a) => a.id === props.userId) ? props.userId : ''));
      } else setError(r.error);
    });
  // eslint-disable-next-line react-hooks/exhaustive-deps
  useEffect(load, [props.id]);

  const act = (fn: () => Promise<{ ok: true; data: unknown } | { ok: false; error: string }>, done: string, after?: (d: unknown) => void) =>
    start(async () => {
      setError(null);
      setNotice(null);
      const r = await fn();
      if (!r.ok) {
        setError(r.error);
        return;
      }
      setNotice(done);
      after?.(r.data);
      props.onChanged();
      const again = await leadDetailAction({ id: props.id });
      if (again.ok) setData(again.data);
    });

  const lead = data?.lead;
  // while the form is open the checklist re-runs on what is typed (the same pure rule as the server)
  const checklist: Criterion[] =
    edit && data
      ? qualificationChecklist({ ...edit, temperature: (edit.temperature || null) as never }, data.rules)
      : (data?.checklist ?? []);
  const ready = checklist.every((c) => c.met);

  return (
    <Modal
      open
      onClose={props.onClose}
      placement="side"
      size="lg"
      testId="lead-detail"
      closeLabel={t('detail.close')}
      title={lead ? (lead.company ?? lead.email ?? t('detail.title')) : t('detail.title')}
      description={lead ? [lead.name, lead.title, lead.email].filter(Boolean).join(' · ') || undefined : undefined}
    >
      {!lead ? (
        <p className="text-sm text-slate-500" role="status">
          {error ?? t('table.loading')}
        </p>
      ) : (
        <div className="flex flex-col gap-5">
          <div className="flex flex-wrap gap-2">
            <Badge tone="accent">{t(`status.${lead.status}`)}</Badge>
            {lead.temperature ? (
              <Badge tone={lead.temperature === 'HOT' ? 'danger' : lead.temperature === 'WARM' ? 'warning' : 'info'}>
                {t(`temperature.${lead.temperature}`)}
              </Badge>
            ) : null}
            {lead.source ? <Badge>{t(`source.${lead.source}`)}</Badge> : null}
          </div>
          <dl className="grid grid-cols-3 gap-x-3 gap-y-2 text-sm">
            {(
              [
                ['phone', lead.phone ? formatPhone(lead.phone) : null],
                ['website', lead.website],
                ['businessRegistrationNo', lead.businessRegistrationNo],
                ['campaign', lead.campaign],
                ['need', lead.need],
                ['intent', lead.intent],
                ['budget', lead.budget ? formatKrw(lead.budget, props.locale) : null],
                ['owner', lead.ownerName],
                ['notes', lead.notes],
              ] as const
            ).map(([k, v]) => (
              <div key={k} className="contents">
                <dt className="text-slate-500">{t(`fields.${k}`)}</dt>
                <dd className="col-span-2 whitespace-pre-line text-slate-900">{v ?? <span className="text-slate-500">—</span>}</dd>
              </div>
            ))}
          </dl>
          {lead.importFile ? <p className="text-xs text-slate-500">{t('detail.fromImport', { file: lead.importFile })}</p> : null}
          {props.perms.edit && lead.status !== 'CONVERTED' ? (
            edit ? (
              <form
                aria-label={t('edit.title')}
                className="flex flex-col gap-2 rounded-lg border border-slate-200 p-3"
                onSubmit={(e) => {
                  e.preventDefault();
                  start(async () => {
                    setError(null);
                    setFieldErrors({});
                    const r = await updateLeadAction({
                      leadId: lead.id,
                      version: lead.version,
                      ...Object.fromEntries(EDIT_FIELDS.filter((f) => f !== 'temperature').map((f) => [f, edit[f] || null])),
                      ...(edit.temperature ? { temperature: edit.temperature as 'HOT' | 'WARM' | 'COLD' } : {}),
                    });
                    if (!r.ok) {
                      setError(r.error);
                      setFieldErrors(r.fieldErrors ?? {});
                      return;
                    }
                    setEdit(null);
                    setNotice(t('edit.saved'));
                    props.onChanged();
                    load();
                  });
                }}
              >
                <h3 className="text-sm font-semibold text-slate-900">{t('edit.title')}</h3>
                {EDIT_FIELDS.map((f) => (
                  <div key={f} className="flex flex-col gap-1">
                    <Label htmlFor={`edit-${f}`}>{t(`fields.${f}`)}</Label>
                    {f === 'temperature' ? (
                      <Select id={`edit-${f}`} value={edit[f]} onChange={(e) => setEdit({ ...edit, [f]: e.target.value })}>
                        <option value="HOT">{t('temperature.HOT')}</option>
                        <option value="WARM">{t('temperature.WARM')}</option>
                        <option value="COLD">{t('temperature.COLD')}</option>
                      </Select>
                    ) : f === 'need' ? (
                      <Textarea id={`edit-${f}`} value={edit[f]} onChange={(e) => setEdit({ ...edit, [f]: e.target.value })} rows={2} />
                    ) : (
                      <Input
                        id={`edit-${f}`}
                        value={edit[f]}
                        aria-invalid={fieldErrors[f] ? true : undefined}
                        onChange={(e) => setEdit({ ...edit, [f]: e.target.value })}
                      />
                    )}
                    {fieldErrors[f] ? <p className="text-xs text-red-700">{fieldErrors[f]![0]}</p> : null}
                  </div>
                ))}
                <div className="flex gap-2">
                  <Button type="submit" disabled={pending}>
                    {t('edit.save')}
                  </Button>
                  <Button type="button" variant="secondary" onClick={() => setEdit(null)}>
                    {t('edit.cancel')}
                  </Button>
                </div>
              </form>
            ) : (
              <Button
                type="button"
                variant="secondary"
                onClick={() => setEdit(Object.fromEntries(EDIT_FIELDS.map((f) => [f, String(lead[f] ?? '')])) as Record<EditField, string>)}
              >
                {t('edit.open')}
              </Button>
            )
          ) : null}

          {lead.status === 'MQL' ? (
            <section aria-labelledby="checklist-title" className="rounded-lg border border-slate-200 p-3">
              <h3 id="checklist-title" className="mb-2 text-sm font-semibold text-slate-900">
                {t('table.checklist')}
              </h3>
              <ul className="flex flex-col gap-1 text-sm" data-testid="checklist">
                {checklist.map((c) => (
                  <li key={c.key} className={c.met ? 'text-emerald-700' : 'text-amber-700'}>
                    <span aria-hidden>{c.met ? '✓' : '•'}</span> {t(`checklist.label.${c.key}`)} —{' '}
                    {c.met ? t('checklist.met') : t(`checklist.${c.key}`)}
                  </li>
                ))}
                {checklist.length === 0 ? <li className="text-emerald-700">✓ {t('checklist.ready')}</li> : null}
              </ul>
            </section>
          ) : null}

          <FormError message={error} />
          {notice ? (
            <p role="status" className="rounded-md bg-emerald-50 px-3 py-2 text-sm text-emerald-800">
              {notice}
            </p>
          ) : null}
          {convertedId ? (
            <Link className="text-sm font-medium text-indigo-700 underline" href="/tiers">
              {t('detail.openOpportunity')}
            </Link>
          ) : null}

          {(lead.status === 'MQL' && props.perms.qualify) || (lead.status === 'SQL' && props.perms.convert) ? (
            <div className="flex flex-col gap-1">
              <Label htmlFor="detail-owner">{lead.status === 'SQL' ? t('detail.convertOwner') : t('detail.assignTo')}</Label>
              <Select id="detail-owner" value={owner} onChange={(e) => setOwner(e.target.value)}>
                <Options empty={t('bulk.chooseOwner')} options={props.assignees} />
              </Select>
            </div>
          ) : null}

          {lead.status === 'MQL' && props.perms.qualify ? (
            <Button
              disabled={pending || !ready}
              onClick={() =>
                act(
                  () => qualifyLeadAction({ id: lead.id, version: lead.version, ...(owner ? { ownerId: owner } : {}) }),
                  t('detail.qualified'),
                )
              }
            >
              {t('detail.qualify')}
            </Button>
          ) : null}

          {lead.status === 'SQL' && props.perms.convert ? (
            <div className="flex flex-col gap-2 rounded-lg border border-indigo-200 bg-indigo-50/40 p-3">
              <div className="flex flex-col gap-1">
                <Label htmlFor="detail-opp-name">{t('detail.opportunityName')}</Label>
                <Input id="detail-opp-name" value={oppName} maxLength={200} onChange={(e) => setOppName(e.target.value)} />
              </div>
              <Button
                disabled={pending || !owner}
                onClick={() =>
                  act(
                    () =>
                      convertLeadAction({
                        id: lead.id,
                        ownerId: owner,
                        version: lead.version,
                        ...(oppName.trim() ? { opportunityName: oppName.trim() } : {}),
                      }),
                    t('detail.converted'),
                    (d) => setConvertedId((d as { id: string }).id),
                  )
                }
              >
                {t('detail.convert')}
              </Button>
            </div>
          ) : null}

          {(lead.status === 'MQL' || lead.status === 'SQL') && props.perms.disqualify ? (
            <details className="rounded-lg border border-slate-200 p-3">
              <summary className="cursor-pointer text-sm font-medium text-slate-700">{t('detail.disqualify')}</summary>
              <div className="mt-3 flex flex-col gap-2">
                <Label htmlFor="detail-reason">{t('detail.reason')}</Label>
                <Select id="detail-reason" value={reason} onChange={(e) => setReason(e.target.value)}>
                  <Options empty={t('bulk.chooseReason')} options={props.reasons.map((r) => ({ id: r.id, name: r.label }))} />
                </Select>
                <Label htmlFor="detail-note">{t('detail.note')}</Label>
                <Textarea id="detail-note" value={note} maxLength={500} onChange={(e) => setNote(e.target.value)} />
                <Button
                  variant="danger"
                  disabled={pending || !reason}
                  onClick={() =>
                    act(
                      () =>
                        disqualifyLeadAction({
                          id: lead.id,
                          reason,
                          version: lead.version,
                          ...(note.trim() ? { note: note.trim() } : {}),
                        }),
                      t('detail.disqualified'),
                    )
                  }
                >
                  {t('detail.disqualify')}
                </Button>
              </div>
            </details>
          ) : null}
        </div>
      )}
    </Modal>
  );
}
