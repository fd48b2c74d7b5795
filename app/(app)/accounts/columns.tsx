import type { ReactNode } from 'react';
import { defineColumns, type Translate } from '@/components/data-table/columns';
import { amountColumn, linkColumn } from '@/components/data-table/column-kinds';
import { Badge, type BadgeTone } from '@/components/ui/badge';
import { EMPTY, formatDate } from '@/lib/domain/format';
import type { AccountListRow } from '@/lib/db/queries/accounts';

// The accounts list and the account page's tables (opportunities, contacts). `t` is the accounts translator.

export type AccountOpportunityRow = {
  id: string;
  name: string;
  tier: number;
  outcome: 'OPEN' | 'WON' | 'LOST' | 'NO_BID' | 'DROPPED';
  amount: string | null;
  ownerName: string;
  expectedCloseDate: string | null;
};
export type ContactRow = {
  id: string;
  name: string;
  title: string | null;
  email: string | null;
  phone: string | null;
  powerRole: 'DECISION_MAKER' | 'INFLUENCER' | 'CHAMPION' | 'GATEKEEPER' | 'USER' | null;
  stance: 'SUPPORTER' | 'NEUTRAL' | 'OPPONENT' | null;
  power: number | null;
  personaNotes: string | null;
  opportunityIds: string[];
  version: number;
};

const OUTCOME_TONE: Record<string, BadgeTone> = { OPEN: 'info', WON: 'success', LOST: 'danger', NO_BID: 'neutral', DROPPED: 'warning' };

export function formatBrn(brn: string | null) {
  return brn && /^\d{10}$/.test(brn) ? `${brn.slice(0, 3)}-${brn.slice(3, 5)}-${brn.slice(5)}` : (brn ?? EMPTY);
}

export function accountListColumns(t: Translate, locale: 'ko' | 'en') {
  return defineColumns<AccountListRow>([
    linkColumn({
      id: 'name',
      header: t('name'),
      text: (a) => a.name,
      href: (a) => `/accounts/${a.id}`,
      after: (a) =>
        a.isKeyAccount ? (
          <Badge tone="accent" className="ml-2">
            {t('keyAccount')}
          </Badge>
        ) : null,
      sortable: true,
      hideable: false,
    }),
    { id: 'brn', header: t('brn'), value: (a) => formatBrn(a.businessRegistrationNo), nowrap: true, className: 'tabular text-slate-600' },
    { id: 'industry', header: t('industry'), value: (a) => a.industry, sortable: true, className: 'text-slate-600' },
    { id: 'open', header: t('open'), value: (a) => a.openCount, align: 'right', sortable: true },
    amountColumn({ id: 'openAmount', header: t('openAmount'), amount: (a) => a.openAmount, locale, sortable: true }),
    { id: 'won', header: t('won'), value: (a) => a.wonCount, align: 'right', sortable: true },
    amountColumn({ id: 'wonAmount', header: t('wonAmount'), amount: (a) => a.wonAmount, locale, sortable: true }),
  ]);
}

export function accountOpportunityColumns(t: Translate, locale: 'ko' | 'en') {
  return defineColumns<AccountOpportunityRow>([
    linkColumn({ id: 'name', header: t('opportunities'), text: (o) => o.name, href: (o) => `/opportunities/${o.id}`, hideable: false }),
    { id: 'tier', header: t('tier'), value: (o) => `Tier ${o.tier}`, nowrap: true },
    {
      id: 'outcome',
      header: t('outcome'),
      value: (o) => t(`outcomes.${o.outcome}`),
      cell: (o) => <Badge tone={OUTCOME_TONE[o.outcome]}>{t(`outcomes.${o.outcome}`)}</Badge>,
    },
    amountColumn({ id: 'amount', header: t('amount'), amount: (o) => o.amount, locale }),
    { id: 'owner', header: t('owner'), value: (o) => o.ownerName },
    {
      id: 'expectedClose',
      header: t('expectedClose'),
      value: (o) => (o.expectedCloseDate ? formatDate(new Date(o.expectedCloseDate), locale) : EMPTY),
      nowrap: true,
    },
  ]);
}

export function contactColumns(t: Translate, ui: { actions?: (c: ContactRow) => ReactNode } = {}) {
  return defineColumns<ContactRow>([
    {
      id: 'name',
      header: t('contactName'),
      value: (c) => c.name,
      hideable: false,
      cell: (c) => (
        <>
          <div className="font-medium">{c.name}</div>
          {c.personaNotes ? <div className="text-xs text-slate-500">{c.personaNotes}</div> : null}
        </>
      ),
    },
    { id: 'title', header: t('contactTitle'), value: (c) => c.title },
    {
      id: 'powerRole',
      header: t('powerRole'),
      value: (c) => (c.powerRole ? t(`powerRoles.${c.powerRole}`) : null),
      cell: (c) =>
        c.powerRole ? (
          <Badge tone={c.powerRole === 'DECISION_MAKER' ? 'accent' : 'neutral'}>{t(`powerRoles.${c.powerRole}`)}</Badge>
        ) : (
          EMPTY
        ),
    },
    { id: 'stance', header: t('stance'), value: (c) => (c.stance ? t(`stances.${c.stance}`) : null) },
    {
      id: 'power',
      header: t('power'),
      value: (c) => c.power,
      cell: (c) => (c.power ? <span aria-label={`${c.power}/5`}>{'●'.repeat(c.power) + '○'.repeat(5 - c.power)}</span> : EMPTY),
    },
    ...(ui.actions
      ? defineColumns<ContactRow>([
          { id: 'actions', header: t('form.actions'), cell: ui.actions, exportable: false, hideable: false, align: 'right' },
        ])
      : []),
  ]);
}
