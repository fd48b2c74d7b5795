import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import { db } from '@/lib/db/client';
import { requireSession } from '@/lib/auth/session';
import { getAccountDetail, isUuid } from '@/lib/db/queries/accounts';
import { formatKrw } from '@/lib/domain/format/money';
import { Badge, type BadgeTone } from '@/components/ui/badge';
import { Card, CardBody, CardHeader, CardTitle } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';
import { EMPTY, formatDate } from '@/lib/domain/format';
import { can } from '@/lib/auth/permissions';
import { getKam } from '@/lib/server/commands/tools';
import { KamPanel } from './kam-panel';
import { setKeyAccountAction, updateKamPlanAction } from './kam-actions';

const OUTCOME_TONE: Record<string, BadgeTone> = { OPEN: 'info', WON: 'success', LOST: 'danger', NO_BID: 'neutral', DROPPED: 'warning' };

export default async function AccountPage({ params }: { params: Promise<{ id: string }> }) {
  const session = await requireSession();
  const { id } = await params;
  if (!isUuid(id)) notFound();
  const account = await getAccountDetail(db, id);
  if (!account) notFound();
  const t = await getTranslations('accounts');
  const locale = (await getLocale()) as 'ko' | 'en';
  const kam = await getKam(db, session, id);

  return (
    <>
      <Link href="/accounts" className="text-sm text-indigo-600 hover:underline">
        ← {t('back')}
      </Link>
      <PageHeader
        title={account.name}
        description={[account.businessRegistrationNo, account.industry, account.domain].filter(Boolean).join(' · ')}
        actions={account.isKeyAccount ? <Badge tone="accent">{t('keyAccount')}</Badge> : null}
      />
      <KamPanel
        initial={kam}
        canSetKey={can(session.roles, 'account:keyAccount')}
        canEditPlan={can(session.roles, 'account:edit')}
        setKey={setKeyAccountAction}
        savePlan={updateKamPlanAction}
      />
      <div className="grid gap-4 lg:grid-cols-2">
        <Card className="lg:col-span-2">
          <CardHeader>
            <CardTitle>{t('opportunities')}</CardTitle>
          </CardHeader>
          <CardBody className="overflow-x-auto p-0">
            {account.opportunities.length === 0 ? (
              <p className="px-4 py-3 text-sm text-slate-500">{t('opportunitiesEmpty')}</p>
            ) : (
              <table className="w-full text-sm">
                <thead className="bg-slate-50 text-left text-xs text-slate-500">
                  <tr>
                    <th className="px-3 py-2">{t('opportunities')}</th>
                    <th className="px-3 py-2">{t('tier')}</th>
                    <th className="px-3 py-2">{t('outcome')}</th>
                    <th className="px-3 py-2 text-right">{t('amount')}</th>
                    <th className="px-3 py-2">{t('owner')}</th>
                    <th className="px-3 py-2">{t('expectedClose')}</th>
                  </tr>
                </thead>
                <tbody>
                  {account.opportunities.map((o) => (
                    <tr key={o.id} className="border-t border-slate-100">
                      <td className="px-3 py-2">
                        <Link href={`/opportunities/${o.id}`} className="text-indigo-700 hover:underline">
                          {o.name}
                        </Link>
                      </td>
                      <td className="px-3 py-2">Tier {o.tier}</td>
                      <td className="px-3 py-2">
                        <Badge tone={OUTCOME_TONE[o.outcome]}>{t(`outcomes.${o.outcome}`)}</Badge>
                      </td>
                      <td className="tabular px-3 py-2 text-right">
                        {formatKrw((o.outcome === 'WON' ? (o.contractAmount ?? o.amount) : o.amount)?.toString(), locale)}
                      </td>
                      <td className="px-3 py-2">{o.owner.name}</td>
                      <td className="tabular px-3 py-2">{o.expectedCloseDate ? formatDate(o.expectedCloseDate, locale) : EMPTY}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </CardBody>
        </Card>
        <Card>
          <CardHeader>
            <CardTitle>{t('contacts')}</CardTitle>
          </CardHeader>
          <CardBody className="p-0">
            {account.contacts.length === 0 ? (
              <p className="px-4 py-3 text-sm text-slate-500">{t('contactsEmpty')}</p>
            ) : (
              <table className="w-full text-sm">
                <thead className="bg-slate-50 text-left text-xs text-slate-500">
                  <tr>
                    <th className="px-3 py-2">{t('contactName')}</th>
                    <th className="px-3 py-2">{t('contactTitle')}</th>
                    <th className="px-3 py-2">{t('powerRole')}</th>
                    <th className="px-3 py-2">{t('stance')}</th>
                    <th className="px-3 py-2">{t('power')}</th>
                  </tr>
                </thead>
                <tbody>
                  {account.contacts.map((c) => (
                    <tr key={c.id} className="border-t border-slate-100 align-top">
                      <td className="px-3 py-2">
                        <div className="font-medium">{c.name}</div>
                        {c.personaNotes ? <div className="text-xs text-slate-500">{c.personaNotes}</div> : null}
                      </td>
                      <td className="px-3 py-2">{c.title ?? EMPTY}</td>
                      <td className="px-3 py-2">
                        {c.powerRole ? (
                          <Badge tone={c.powerRole === 'DECISION_MAKER' ? 'accent' : 'neutral'}>{t(`powerRoles.${c.powerRole}`)}</Badge>
                        ) : (
                          EMPTY
                        )}
                      </td>
                      <td className="px-3 py-2">{c.stance ? t(`stances.${c.stance}`) : EMPTY}</td>
                      <td className="px-3 py-2" aria-label={c.power ? `${c.power}/5` : undefined}>
                        {c.power ? '●'.repeat(c.power) + '○'.repeat(5 - c.power) : EMPTY}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </CardBody>
        </Card>
        <Card>
          <CardHeader>
            <CardTitle>{t('activities')}</CardTitle>
          </CardHeader>
          <CardBody>
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
          </CardBody>
        </Card>
      </div>
    </>
  );
}
