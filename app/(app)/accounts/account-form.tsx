'use client';
// "+ 고객사" (accounts list) and "고객사 수정" (account page): one dialog. 사업자등록번호 is checked
// by the server (checksum, unique): a taken number names the existing account with a link.
import { useState, useTransition } from 'react';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { FormModal } from '@/components/form-modal';
import { toast } from '@/components/toast';
import { Button } from '@/components/ui/button';
import { TextInput, TextareaField } from '@/components/forms/field';
import { createAccountAction, updateAccountAction } from './actions';

export type AccountFormValue = {
  id: string;
  name: string;
  businessRegistrationNo: string | null;
  domain: string | null;
  industry: string | null;
  country: string;
  reputationNotes: string | null;
  version: number;
};

export function AccountFormButton({ account }: { account?: AccountFormValue }) {
  const t = useTranslations('accounts');
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [existing, setExisting] = useState<{ name: string; href: string } | null>(null);
  const [fe, setFe] = useState<Record<string, string[]> | undefined>();
  const [pending, start] = useTransition();

  const submit = (fd: FormData) =>
    start(async () => {
      const s = (k: string) => String(fd.get(k) ?? '').trim();
      const fields = {
        name: s('name'),
        businessRegistrationNo: s('businessRegistrationNo') || null,
        domain: s('domain') || null,
        industry: s('industry') || null,
        country: s('country') || 'KR',
        reputationNotes: s('reputationNotes') || null,
      };
      const r = account
        ? await updateAccountAction({ ...fields, accountId: account.id, version: account.version })
        : await createAccountAction(fields);
      if (!r.ok) {
        setError(r.error);
        setFe(r.fieldErrors);
        const ex = (r.details as { existing?: { name: string; href: string } } | undefined)?.existing;
        setExisting(r.code === 'CONFLICT' && ex?.href ? ex : null);
        return;
      }
      setOpen(false);
      toast.success(t('form.saved'));
      if (account) router.refresh();
      else router.push(`/accounts/${r.data.id}`);
    });

  return (
    <>
      <Button
        size="sm"
        variant={account ? 'secondary' : 'primary'}
        data-testid={account ? 'edit-account' : 'new-account'}
        onClick={() => {
          setError(null);
          setFe(undefined);
          setExisting(null);
          setOpen(true);
        }}
      >
        {account ? t('form.edit') : t('form.new')}
      </Button>
      <FormModal
        open={open}
        onClose={() => setOpen(false)}
        title={account ? t('form.editTitle') : t('form.newTitle')}
        testId="account-dialog"
        formId="account-form"
        onSubmit={submit}
        pending={pending}
        error={error}
        errorTestId="account-form-error"
        errorExtra={
          existing ? (
            <Link href={existing.href} className="text-sm font-medium text-indigo-700 underline" onClick={() => setOpen(false)}>
              {t('form.openExisting', { name: existing.name })}
            </Link>
          ) : null
        }
      >
        <TextInput name="name" label={t('name')} defaultValue={account?.name} errors={fe} required fieldClassName="sm:col-span-2" />
        <TextInput
          name="businessRegistrationNo"
          label={t('brn')}
          defaultValue={account?.businessRegistrationNo ?? ''}
          errors={fe}
          inputMode="numeric"
          description={t('form.brnHelp')}
        />
        <TextInput name="domain" label={t('domain')} defaultValue={account?.domain ?? ''} errors={fe} />
        <TextInput name="industry" label={t('industry')} defaultValue={account?.industry ?? ''} errors={fe} />
        <TextInput
          name="country"
          label={t('form.country')}
          defaultValue={account?.country ?? 'KR'}
          errors={fe}
          maxLength={2}
          description={t('form.countryHelp')}
        />
        <TextareaField
          name="reputationNotes"
          label={t('reputation')}
          defaultValue={account?.reputationNotes ?? ''}
          errors={fe}
          rows={3}
          fieldClassName="sm:col-span-2"
        />
      </FormModal>
    </>
  );
}
