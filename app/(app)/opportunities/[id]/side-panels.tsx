'use client';
import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { ActivityForm } from '@/components/activity-form';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { ItemList } from '@/components/item-list';
import { SectionCard } from '@/components/ui/card';
import { FormError, SelectField, TextInput } from '@/components/forms/field';
import { addActivityAction, addContactAction } from './actions';
import { EMPTY, formatPhone } from '@/lib/domain/format';
import { useFormSubmit } from '@/components/forms/use-form-submit';

type Contact = { id: string; name: string; title: string | null; powerRole: string | null; email: string | null; phone: string | null };
const POWER = ['DECISION_MAKER', 'INFLUENCER', 'CHAMPION', 'GATEKEEPER', 'USER'] as const;

export function ContactsPanel({ opportunityId, editable, contacts }: { opportunityId: string; editable: boolean; contacts: Contact[] }) {
  const t = useTranslations('opportunity');
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const { pending, onSubmit } = useFormSubmit(async (f, form) => {
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
  return (
    <SectionCard
      title={t('contacts.title')}
      actions={
        editable ? (
          <Button size="sm" variant="secondary" onClick={() => setOpen((x) => !x)} aria-expanded={open}>
            {t('contacts.add')}
          </Button>
        ) : null
      }
    >
      {open ? (
        <form className="mb-3 grid gap-2 rounded-md border border-slate-200 p-3" onSubmit={onSubmit}>
          <FormError message={error} />
          <TextInput name="name" id="c-name" label={t('contacts.name')} required markRequired={false} />
          <TextInput name="title" id="c-title" label={t('contacts.jobTitle')} />
          <div className="grid grid-cols-2 gap-2">
            <TextInput name="email" id="c-email" label={t('contacts.email')} type="email" />
            <TextInput name="phone" id="c-phone" label={t('contacts.phone')} />
          </div>
          <SelectField
            name="powerRole"
            id="c-role"
            label={t('contacts.powerRole')}
            defaultValue=""
            placeholder="—"
            options={POWER.map((p) => [p, t(`power.${p}`)] as const)}
          />
          <Button type="submit" disabled={pending}>
            {t('contacts.save')}
          </Button>
        </form>
      ) : null}
      <ItemList items={contacts} empty={t('contacts.empty')} testId="contacts">
        {(c) => (
          <>
            <div className="flex items-center gap-2">
              <span className="text-sm font-medium text-slate-900">{c.name}</span>
              {c.powerRole ? (
                <Badge tone={c.powerRole === 'DECISION_MAKER' ? 'accent' : 'neutral'}>{t(`power.${c.powerRole}` as never)}</Badge>
              ) : null}
            </div>
            <p className="text-xs text-slate-500">
              {[c.title, c.email, c.phone ? formatPhone(c.phone) : null].filter(Boolean).join(' · ')}
            </p>
          </>
        )}
      </ItemList>
    </SectionCard>
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
    <SectionCard title={t('activities.title')}>
      {editable ? (
        <ActivityForm
          idPrefix="opp-act"
          onSubmit={({ opportunityId: _none, ...v }) => addActivityAction({ ...v, opportunityId })}
          onDone={() => router.refresh()}
        />
      ) : null}
      <ItemList items={activities} empty={t('activities.empty')} testId="activities">
        {(a) => (
          <>
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
          </>
        )}
      </ItemList>
    </SectionCard>
  );
}
