'use client';
// "+ 사업기회" on the board and the account page: a deal enters Tier 4 with its first history row,
// or a later tier only when what is entered here meets the tier engine's entry requirements
// (the command refuses with the unmet list, shown on the fields).
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { Plus } from 'lucide-react';
import { FormDialogButton, useFormDialog } from '@/components/form-dialog';
import { toast } from '@/components/toast';
import { DateInput, SelectField, TextInput, TextareaField } from '@/components/forms/field';
import { createOpportunityAction } from './actions';

const POWER_ROLES = ['DECISION_MAKER', 'INFLUENCER', 'CHAMPION', 'GATEKEEPER', 'USER'] as const;

export function NewOpportunityButton({ account }: { account?: { id: string; name: string } }) {
  const t = useTranslations('opportunity');
  const tt = useTranslations('tiers');
  const ta = useTranslations('accounts');
  const tc = useTranslations('common');
  const router = useRouter();
  const dialog = useFormDialog();

  const submit = (fd: FormData) => {
    const s = (k: string) => {
      const v = fd.get(k);
      return typeof v === 'string' && v.trim() ? v.trim() : undefined;
    };
    const contactName = s('contactName');
    dialog.run(
      () =>
        createOpportunityAction({
          name: s('name') ?? '',
          ...(account ? { accountId: account.id } : { account: { name: s('accountName') ?? '', businessRegistrationNo: s('brn') } }),
          amount: s('amount') ?? null,
          expectedCloseAt: s('expectedCloseAt') ?? null,
          need: s('need') ?? null,
          nextStep: s('nextStep') ?? null,
          tier: Number(s('tier') ?? 4),
          ...(contactName
            ? { contacts: [{ name: contactName, powerRole: (s('powerRole') as (typeof POWER_ROLES)[number]) ?? null }] }
            : {}),
        }),
      (data) => {
        toast.success(t('create.created'));
        router.push(`/opportunities/${data.id}`);
      },
    );
  };

  const fieldErrors = dialog.fieldErrors;
  const fe = fieldErrors
    ? {
        ...fieldErrors,
        accountName: fieldErrors['account.name'],
        brn: fieldErrors['account.businessRegistrationNo'],
        contactName: fieldErrors.namedContact ?? fieldErrors.decisionMaker,
        expectedCloseAt: fieldErrors.expectedCloseAt ?? fieldErrors.expectedCloseDate,
      }
    : undefined;
  return (
    <FormDialogButton
      dialog={dialog}
      testId="new-opportunity"
      label={
        <>
          <Plus className="mr-1 size-4" aria-hidden />
          {t('create.button')}
        </>
      }
      buttonProps={{ size: 'sm' }}
      title={t('create.title')}
      description={t('create.help')}
      size="lg"
      onSubmit={submit}
      submitLabel={t('create.submit')}
      pendingLabel={tc('save')}
    >
      <TextInput name="name" label={t('fields.name')} errors={fe} required fieldClassName="sm:col-span-2" data-autofocus />
      {account ? (
        <p className="text-sm text-slate-600 sm:col-span-2">
          {t('create.account')}: <span className="font-medium text-slate-900">{account.name}</span>
        </p>
      ) : (
        <>
          <TextInput name="accountName" label={t('create.account')} errors={fe} required />
          <TextInput name="brn" label={ta('brn')} errors={fe} inputMode="numeric" description={t('create.brnHelp')} />
        </>
      )}
      <SelectField
        name="tier"
        label={t('create.tier')}
        errors={fe}
        defaultValue="4"
        options={[4, 3, 2, 1].map((n) => [String(n), tt('tier', { tier: n })] as const)}
        description={t('create.tierHelp')}
      />
      <TextInput name="amount" label={`${t('fields.amount')} (${t('create.won')})`} errors={fe} inputMode="numeric" />
      <DateInput name="expectedCloseAt" label={t('fields.expectedCloseDate')} errors={fe} />
      <TextInput name="nextStep" label={t('fields.nextStep')} errors={fe} />
      <TextInput name="contactName" label={tt('requirements.namedContact')} errors={fe} />
      <SelectField
        name="powerRole"
        label={ta('powerRole')}
        errors={fe}
        placeholder=""
        options={POWER_ROLES.map((p) => [p, ta(`powerRoles.${p}`)] as const)}
      />
      <TextareaField name="need" label={t('fields.need')} errors={fe} rows={2} fieldClassName="sm:col-span-2" />
    </FormDialogButton>
  );
}
