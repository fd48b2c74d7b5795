import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import { db } from '@/lib/db/client';
import { requireSession } from '@/lib/auth/session';
import { can } from '@/lib/auth/permissions';
import { getAccountDetail, isUuid } from '@/lib/db/queries/accounts';
import { Badge } from '@/components/ui/badge';
import { SectionCard } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';
import { formatDate } from '@/lib/domain/format';
import { AccountFormButton } from '../account-form';
import { formatBrn } from '../columns';
import { NewOpportunityButton } from '../../opportunities/new-opportunity';
import { ContactsPanel } from './contacts-panel';
import { AccountOpportunitiesTable } from '../accounts-table';
import { listAccountPowerMap } from '@/lib/db/queries/power-map';
import { powerMapLayout } from '@/lib/server/power-map-layout';
import { AccountActivityForm, AccountPowerMap } from './account-tools';
import { getKam } from '@/lib/server/commands/tools';
import { KamPanel } from './kam-panel';
import { setKeyAccountAction, updateKamPlanAction } from './kam-actions';

export default async function AccountPage({ params }: { params: Promise<{ id: string }> }) {
  const session = await requireSession();
  const { id } = await params;
  if (!isUuid(id)) notFound();
  const [account, powerMap] = await Promise.all([getAccountDetail(db, id), listAccountPowerMap(db, id)]);
  if (!account) notFound();
  const powerMapPlaces = await powerMapLayout(powerMap);
  const t = await getTranslations('accounts');
  const tp = await getTranslations('powerMap');
  const locale = (await getLocale()) as 'ko' | 'en';
  const canEdit = can(session.roles, 'account:edit');
  const kam = await getKam(db, session, id);

  return (
    <>
      <Link href="/accounts" className="text-sm text-indigo-600 hover:underline">
        ← {t('back')}
      </Link>
      <PageHeader
        title={account.name}
        description={[account.businessRegistrationNo ? formatBrn(account.businessRegistrationNo) : null, account.industry, account.domain]
          .filter(Boolean)
          .join(' · ')}
        actions={
          <div className="flex flex-wrap items-center gap-2">
            {account.isKeyAccount ? <Badge tone="accent">{t('keyAccount')}</Badge> : null}
            {canEdit ? (
              <AccountFormButton
                account={{
                  id: account.id,
                  name: account.name,
                  businessRegistrationNo: account.businessRegistrationNo,
                  domain: account.domain,
                  industry: account.industry,
                  country: account.country,
                  reputationNotes: account.reputationNotes,
                  version: account.version,
                }}
              />
            ) : null}
            {can(session.roles, 'opportunity:create') ? <NewOpportunityButton account={{ id: account.id, name: account.name }} /> : null}
          </div>
        }
      />
      <KamPanel
        initial={kam}
        canSetKey={can(session.roles, 'account:keyAccount')}
        canEditPlan={can(session.roles, 'account:edit')}
        setKey={setKeyAccountAction}
        savePlan={updateKamPlanAction}
      />
      <div className="grid gap-4 lg:grid-cols-2">
        <SectionCard title={t('opportunities')} className="lg:col-span-2" bodyClassName="p-0">
          <AccountOpportunitiesTable
            rows={account.opportunities.map((o) => ({
              id: o.id,
              name: o.name,
              tier: o.tier,
              outcome: o.outcome,
              amount: (o.outcome === 'WON' ? (o.contractAmount ?? o.amount) : o.amount)?.toString() ?? null,
              ownerName: o.owner.name,
              expectedCloseDate: o.expectedCloseDate?.toISOString() ?? null,
            }))}
          />
        </SectionCard>
        <SectionCard title={t('contacts')} bodyClassName="p-0">
          <ContactsPanel
            accountId={account.id}
            canEdit={canEdit}
            opportunities={account.opportunities.filter((o) => o.outcome === 'OPEN').map((o) => ({ id: o.id, name: o.name }))}
            contacts={account.contacts.map((c) => ({
              id: c.id,
              name: c.name,
              title: c.title,
              email: c.email,
              phone: c.phone,
              powerRole: c.powerRole,
              stance: c.stance,
              power: c.power,
              personaNotes: c.personaNotes,
              opportunityIds: c.opportunities.map((o) => o.opportunityId),
              version: c.version,
            }))}
          />
        </SectionCard>
        <SectionCard title={t('activities')}>
          {can(session.roles, 'activity:write') ? (
            <AccountActivityForm
              accountId={account.id}
              deals={account.opportunities.filter((o) => o.outcome === 'OPEN').map((o) => ({ id: o.id, name: o.name }))}
            />
          ) : null}
          {account.activities.length === 0 ? (
            <p className="text-sm text-slate-500">{t('activitiesEmpty')}</p>
          ) : (
            <ul className="flex flex-col gap-2 text-sm">
              {account.activities.map((a) => (
                <li key={a.id} className="flex gap-2">
                  <Badge>{t(`activityTypes.${a.type}`)}</Badge>
                  <span className="flex-1">{a.subject}</span>
                  <time className="tabular text-xs text-slate-500">{formatDate(a.occurredAt, locale)}</time>
                </li>
              ))}
            </ul>
          )}
          {account.reputationNotes ? (
            <div className="mt-4 border-t border-slate-100 pt-3 text-sm">
              <p className="text-xs font-medium text-slate-500">{t('reputation')}</p>
              <p>{account.reputationNotes}</p>
            </div>
          ) : null}
        </SectionCard>
      </div>
      <SectionCard title={tp('accountTitle')} className="mt-4" id="power-map">
        <AccountPowerMap accountId={id} people={powerMap} layout={powerMapPlaces} />
      </SectionCard>
    </>
  );
}
