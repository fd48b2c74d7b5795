'use client';
// The account page's contacts: the power map as a DataTable, with add, edit (fields and which of
// the account's deals the contact is on: moving them between deals) and remove (soft: the
// contact's history and links stay in the audit trail).
import { useMemo, useState, useTransition } from 'react';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { DataTable } from '@/components/data-table';
import { Modal } from '@/components/modal';
import { FormModal } from '@/components/form-modal';
import { toast } from '@/components/toast';
import { Button } from '@/components/ui/button';
import { NumberInput, SelectField, TextInput, TextareaField } from '@/components/forms/field';
import { contactColumns, type ContactRow } from '../columns';
import { createContactAction, removeContactAction, updateContactAction } from '../actions';

// the contact's two choices: the field, its values and where their labels are
const CHOICES = [
  { name: 'powerRole', values: ['DECISION_MAKER', 'INFLUENCER', 'CHAMPION', 'GATEKEEPER', 'USER'], labels: 'powerRoles' },
  { name: 'stance', values: ['SUPPORTER', 'NEUTRAL', 'OPPONENT'], labels: 'stances' },
] as const;

export function ContactsPanel({
  accountId,
  contacts,
  opportunities,
  canEdit,
}: {
  accountId: string;
  contacts: ContactRow[];
  opportunities: { id: string; name: string }[];
  canEdit: boolean;
}) {
  const t = useTranslations('accounts');
  const tc = useTranslations('common');
  const router = useRouter();
  const [editing, setEditing] = useState<ContactRow | 'new' | null>(null);
  const [removing, setRemoving] = useState<ContactRow | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [fe, setFe] = useState<Record<string, string[]> | undefined>();
  const [pending, start] = useTransition();
  const columns = useMemo(
    () =>
      contactColumns(
        t as never,
        canEdit
          ? {
              actions: (c) => (
                <span className="inline-flex gap-1">
                  <Button size="sm" variant="ghost" onClick={() => open(c)} aria-label={`${t('form.editContact')}: ${c.name}`}>
                    {tc('edit')}
                  </Button>
                  <Button size="sm" variant="ghost" onClick={() => setRemoving(c)} aria-label={`${t('form.removeContact')}: ${c.name}`}>
                    {t('form.remove')}
                  </Button>
                </span>
              ),
            }
          : {},
      ),
    [t, tc, canEdit],
  );
  function open(c: ContactRow | 'new') {
    setError(null);
    setFe(undefined);
    setEditing(c);
  }
  const done = (msg: string) => {
    setEditing(null);
    setRemoving(null);
    toast.success(msg);
    router.refresh();
  };
  const fail = (r: { error: string; fieldErrors?: Record<string, string[]> }) => {
    setError(r.error);
    setFe(r.fieldErrors);
  };

  const save = (fd: FormData) =>
    start(async () => {
      const s = (k: string) => String(fd.get(k) ?? '').trim() || null;
      const fields = {
        name: s('name') ?? '',
        title: s('title'),
        email: s('email'),
        phone: s('phone'),
        powerRole: s('powerRole') as ContactRow['powerRole'],
        stance: s('stance') as ContactRow['stance'],
        power: s('power') ? Number(s('power')) : null,
        personaNotes: s('personaNotes'),
        opportunityIds: fd.getAll('opportunityIds').map(String),
      };
      const r =
        editing === 'new'
          ? await createContactAction({ ...fields, accountId })
          : await updateContactAction({ ...fields, contactId: (editing as ContactRow).id, version: (editing as ContactRow).version });
      if (r.ok) done(t('form.contactSaved'));
      else fail(r);
    });
  const remove = () =>
    start(async () => {
      const r = await removeContactAction({ contactId: removing!.id, version: removing!.version });
      if (r.ok) done(t('form.contactRemoved'));
      else toast.error(r.error);
    });

  const c = editing && editing !== 'new' ? editing : null;
  return (
    <>
      <DataTable
        caption={t('contacts')}
        columns={columns}
        data={contacts}
        rowTestId={(r) => `contact-row-${r.name}`}
        compact
        toolbar={
          canEdit ? (
            <Button size="sm" variant="secondary" onClick={() => open('new')} data-testid="new-contact">
              {t('form.newContact')}
            </Button>
          ) : undefined
        }
        empty={{ title: t('contactsEmpty') }}
      />
      <FormModal
        open={editing !== null}
        onClose={() => setEditing(null)}
        title={c ? t('form.editContact') : t('form.newContact')}
        size="lg"
        testId="contact-dialog"
        formId="contact-form"
        onSubmit={save}
        pending={pending}
        error={error}
      >
        <TextInput name="name" label={t('contactName')} defaultValue={c?.name} errors={fe} required />
        <TextInput name="title" label={t('contactTitle')} defaultValue={c?.title ?? ''} errors={fe} />
        <TextInput name="email" type="email" label={t('form.email')} defaultValue={c?.email ?? ''} errors={fe} />
        <TextInput name="phone" label={t('form.phone')} defaultValue={c?.phone ?? ''} errors={fe} />
        {CHOICES.map(({ name, values, labels }) => (
          <SelectField
            key={name}
            name={name}
            label={t(name)}
            defaultValue={c?.[name] ?? ''}
            errors={fe}
            placeholder=""
            options={values.map((v) => [v, t(`${labels}.${v}`)] as const)}
          />
        ))}
        <NumberInput name="power" label={`${t('power')} (1–5)`} defaultValue={c?.power ?? ''} min={1} max={5} errors={fe} />
        <TextareaField name="personaNotes" label={t('form.notes')} defaultValue={c?.personaNotes ?? ''} rows={2} errors={fe} />
        {opportunities.length ? (
          <fieldset className="sm:col-span-2">
            <legend className="text-sm font-medium text-slate-700">{t('form.onOpportunities')}</legend>
            <div className="mt-1 flex flex-col gap-1">
              {opportunities.map((o) => (
                <label key={o.id} className="inline-flex items-center gap-2 text-sm">
                  <input type="checkbox" name="opportunityIds" value={o.id} defaultChecked={c?.opportunityIds.includes(o.id)} />
                  {o.name}
                </label>
              ))}
            </div>
            {fe?.opportunityIds ? <p className="text-xs text-rose-700">{fe.opportunityIds.join(' ')}</p> : null}
          </fieldset>
        ) : null}
      </FormModal>
      <Modal
        open={removing !== null}
        onClose={() => setRemoving(null)}
        title={t('form.removeContact')}
        description={removing ? t('form.removeHelp', { name: removing.name }) : undefined}
        size="sm"
        testId="remove-contact-dialog"
        footer={
          <>
            <Button variant="ghost" onClick={() => setRemoving(null)}>
              {tc('cancel')}
            </Button>
            <Button variant="danger" disabled={pending} onClick={remove}>
              {t('form.remove')}
            </Button>
          </>
        }
      >
        <span />
      </Modal>
    </>
  );
}
