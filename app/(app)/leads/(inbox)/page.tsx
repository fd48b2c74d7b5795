import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import { db } from '@/lib/db/client';
import { pgPool } from '@/lib/db/pg';
import { requireSession } from '@/lib/auth/session';
import { can } from '@/lib/auth/permissions';
import { recentCampaigns } from '@/lib/db/queries/leads';
import { qualificationChecklist } from '@/lib/domain/leads/qualification';
import { DomainError } from '@/lib/server/errors';
import { disqualifyReasons, listLeads, salesAssignees } from '@/lib/server/commands/leads/leads';
import { getSetting } from '@/lib/server/settings';
import { listLeadsQuerySchema } from '@/lib/validation/leads';
import { PageHeader } from '@/components/ui/page-header';
import { LeadInbox } from '../lead-inbox';
import { NewLeadButton } from '../new-lead';

export default async function LeadsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const session = await requireSession();
  const t = await getTranslations('leads');
  const locale = (await getLocale()) === 'en' ? 'en' : 'ko';
  const raw = Object.fromEntries(Object.entries(await searchParams).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]));
  const parsed = listLeadsQuerySchema.safeParse(raw);
  const query = parsed.success ? parsed.data : listLeadsQuerySchema.parse({});
  if (query.q && query.sort.startsWith('company')) query.sort = 'created_desc'; // search results are ordered by date
  let result;
  try {
    result = await listLeads(session, query, { withCount: !query.q }); // a search shows pages without a total
  } catch (e) {
    if (!(e instanceof DomainError)) throw e;
    result = await listLeads(session, { ...query, cursor: undefined }, { withCount: !query.q }); // a bad cursor shows the first page
  }
  const [rules, assignees, reasons, campaigns] = await Promise.all([
    getSetting(db, 'qualificationRules'),
    salesAssignees(db),
    disqualifyReasons(db),
    recentCampaigns(pgPool),
  ]);
  const items = result.items.map((l) => ({ ...l, checklist: qualificationChecklist(l, rules) }));
  const perms = {
    edit: can(session.roles, 'lead:edit'),
    import: can(session.roles, 'lead:import'),
    qualify: can(session.roles, 'lead:qualify'),
    assign: can(session.roles, 'lead:assign'),
    disqualify: can(session.roles, 'lead:disqualify'),
    convert: can(session.roles, 'lead:convert'),
    export: can(session.roles, 'lead:export'),
  };
  return (
    <>
      <PageHeader
        title={t('title')}
        description={t('description')}
        actions={
          <>
            {can(session.roles, 'lead:edit') ? <NewLeadButton /> : null}
            {perms.import ? (
              <Link
                className="inline-flex h-9 items-center rounded-md bg-indigo-600 px-4 text-sm font-medium text-white hover:bg-indigo-700"
                href="/leads/import"
              >
                {t('importButton')}
              </Link>
            ) : null}
          </>
        }
      />
      <LeadInbox
        items={items}
        nextCursor={result.nextCursor}
        count={result.count}
        query={{ ...query, cursor: query.cursor ?? null }}
        assignees={assignees}
        reasons={reasons.map((r) => ({ id: r.id, code: r.code, label: locale === 'en' ? r.labelEn : r.labelKo }))}
        campaigns={campaigns}
        perms={perms}
        userId={session.userId}
        locale={locale}
      />
    </>
  );
}
