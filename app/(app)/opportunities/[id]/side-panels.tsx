'use client';
import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useState, useTransition } from 'react';
import { ActivityForm } from '@/components/activity-form';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { Card, CardBody, CardHeader, CardTitle } from '@/components/ui/card';
import { Input, Select } from '@/components/ui/input';
import { Field, FormError } from '@/components/forms/field';
import { addActivityAction, addContactAction } from './actions';
import { EMPTY, formatPhone } from '@/lib/domain/format';

type Contact = { id: string; name: string; title: string | null; powerRole: string | null; email: string | null; phone: string | null };
const POWER = ['DECISION_MAKER', 'INFLUENCER', 'CHAMPION', 'GATEKEEPER', 'USER'] as const;

export function ContactsPanel({ opportunityId, editable, contacts }: { opportunityId: string; editable: boolean; contacts: Contact[] }) {
  const t = useTranslations('opportunity');
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [pending, start] = useTransition();
  return (
    <Card>
      <CardHeader>
        <CardTitle>{t('contacts.title')}</CardTitle>
        {editable ? (
          <Button size="sm" variant="secondary" onClick={() => setOpen((x) => !x)} aria-expanded={open}>
            {t('contacts.add')}
          </Button>
        ) : null}
      </CardHeader>
      <CardBody>
        {open ? (
          <form
            className="mb-3 grid gap-2 rounded-md border border-slate-200 p-3"
            onSubmit={(e) => {
              e.preventDefault();
              const form = e.currentTarget;
              const f = new FormData(form);
              start(async () => {
                const r = await addContactAction({
                  opportunityId,
                  name: String(f.get('name') ?? ''),
                  title: String(f.get('title') ?? ''),
                  email: String(f.get('email') ?? ''),
                  phone: String(f.get('phone') ?? ''),
                  powerRole: (String(f.get('powerRole') ?? '') || null) as never,
                });
                if (r.ok) {
                  form.reset();
                  setOpen(false);
                  setError(null);
                } else setError(r.error);
              });
            }}
          >
            <FormError message={error} />
            <Field label={t('contacts.name')} htmlFor="c-name">
              <Input id="c-name" name="name" required />
            </Field>
            <Field label={t('contacts.jobTitle')} htmlFor="c-title">
              <Input id="c-title" name="title" />
            </Field>
            <div className="grid grid-cols-2 gap-2">
              <Field label={t('contacts.email')} htmlFor="c-email">
                <Input id="c-email" name="email" type="email" />
              </Field>
              <Field label={t('contacts.phone')} htmlFor="c-phone">
                <Input id="c-phone" name="phone" />
              </Field>
            </div>
            <Field label={t('contacts.powerRole')} htmlFor="c-role">
              <Select id="c-role" name="powerRole" defaultValue="">
                <option value="">—</option>
                {POWER.map((p) => (
                  <option key={p} value={p}>
                    {t(`power.${p}`)}
                  </option>
                ))}
              </Select>
            </Field>
            <Button type="submit" disabled={pending}>
              {t('contacts.save')}
            </Button>
          </form>
        ) : null}
        {contacts.length === 0 ? (
          <p className="text-sm text-slate-500">{t('contacts.empty')}</p>
        ) : (
          <ul className="divide-y divide-slate-100" data-testid="contacts">
            {contacts.map((c) => (
              <li key={c.id} className="py-2">
                <div className="flex items-center gap-2">
                  <span className="text-sm font-medium text-slate-900">{c.name}</span>
                  {c.powerRole ? (
                    <Badge tone={c.powerRole === 'DECISION_MAKER' ? 'accent' : 'neutral'}>{t(`power.${c.powerRole}` as never)}</Badge>
                  ) : null}
                </div>
                <p className="text-xs text-slate-500">
                  {[c.title, c.email, c.phone ? formatPhone(c.phone) : null].filter(Boolean).join(' · ')}
                </p>
              </li>
            ))}
          </ul>
        )}
      </CardBody>
    </Card>
  );
}

type Activity = {
  id: string;
  type: string;
  subject: string;
  body: string | null;
  when: string;
  actor: string | null;
  nextStep: string | null;
};

export function ActivityLog({ opportunityId, editable, activities }: { opportunityId: string; editable: boolean; activities: Activity[] }) {
  const t = useTranslations('opportunity');
  const router = useRouter();
  return (
    <Card>
      <CardHeader>
        <CardTitle>{t('activities.title')}</CardTitle>
      </CardHeader>
      <CardBody>
        {editable ? (
          <ActivityForm
            idPrefix="opp-act"
            onSubmit={({ opportunityId: _none, ...v }) => addActivityAction({ ...v, opportunityId })}
            onDone={() => router.refresh()}
          />
        ) : null}
        {activities.length === 0 ? (
          <p className="text-sm text-slate-500">{t('activities.empty')}</p>
        ) : (
          <ul className="divide-y divide-slate-100" data-testid="activities">
            {activities.map((a) => (
              <li key={a.id} className="py-2">
                <div className="flex items-center gap-2">
                  <Badge>{t(`activityType.${a.type}` as never)}</Badge>
                  <span className="text-sm font-medium text-slate-900">{a.subject}</span>
                </div>
                {a.body ? <p className="mt-0.5 text-sm whitespace-pre-wrap text-slate-600">{a.body}</p> : null}
                {a.nextStep ? (
                  <p className="mt-0.5 text-sm text-slate-700">
                    {t('activities.nextStep')}: {a.nextStep}
                  </p>
                ) : null}
                <p className="text-xs text-slate-500">
                  {a.when} · {a.actor ?? EMPTY}
                </p>
              </li>
            ))}
          </ul>
        )}
      </CardBody>
    </Card>
  );
}
