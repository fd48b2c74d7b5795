import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import { db } from '@/lib/db/client';
import { requireSession } from '@/lib/auth/session';
import { can } from '@/lib/auth/permissions';
import { formatAuditValue } from '@/lib/domain/audit/diff';
import { listAudit } from '@/lib/server/commands/audit';
import { DomainError } from '@/lib/server/errors';
import { listUsers } from '@/lib/server/commands/users';
import { AUDIT_ENTITY_TYPES, auditQuerySchema } from '@/lib/validation/audit';
import { Card } from '@/components/ui/card';
import { EmptyState } from '@/components/ui/empty-state';
import { Input, Label, Select } from '@/components/ui/input';
import { PageHeader } from '@/components/ui/page-header';
import { formatDateTime } from '@/lib/domain/format';

// The audit trail (ADMIN, EXECUTIVE): filters in the URL (a GET form), keyset pages, the changed
// keys of each row before → after, links to the entity's page, CSV of the current filter.
const LINK =
  'inline-flex h-9 items-center rounded-md border border-slate-300 bg-white px-3 text-sm font-medium text-slate-800 hover:bg-slate-50';

export default async function AuditPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const session = await requireSession();
  if (!can(session.roles, 'audit:read')) notFound();
  const t = await getTranslations('audit');
  const locale = (await getLocale()) === 'en' ? 'en' : 'ko';
  const raw = Object.fromEntries(Object.entries(await searchParams).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]));
  const parsed = auditQuerySchema.safeParse(raw);
  const query = parsed.success ? parsed.data : auditQuerySchema.parse({});
  let page;
  try {
    page = await listAudit(db, session, query);
  } catch (e) {
    if (!(e instanceof DomainError)) throw e;
    page = await listAudit(db, session, { ...query, cursor: undefined }); // a bad cursor shows the first page
  }
  const users = await listUsers(db);
  const filters = new URLSearchParams(
    Object.entries(parsed.success ? raw : {}).filter(([k, v]) => v && k !== 'cursor' && k !== 'limit') as [string, string][],
  );
  const nextHref = page.nextCursor ? `/settings/audit?${new URLSearchParams([...filters, ['cursor', page.nextCursor]])}` : null;
  const f = parsed.success ? query : auditQuerySchema.parse({});
  return (
    <>
      <PageHeader
        title={t('title')}
        description={t('description')}
        actions={
          <a className={LINK} href={`/settings/audit/export?${filters}`} download>
            {t('exportCsv')}
          </a>
        }
      />
      {!parsed.success ? (
        <p role="alert" className="mb-3 rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900">
          {t('badFilter')}
        </p>
      ) : null}
      <form method="get" action="/settings/audit" className="mb-4 grid grid-cols-2 gap-3 md:grid-cols-4 lg:grid-cols-7 lg:items-end">
        <div>
          <Label htmlFor="audit-actor">{t('filters.actor')}</Label>
          <Select id="audit-actor" name="actor" defaultValue={f.actor ?? ''}>
            <option value="">{t('filters.anyActor')}</option>
            {users.map((u) => (
              <option key={u.id} value={u.id}>
                {u.name}
              </option>
            ))}
          </Select>
        </div>
        <div>
          <Label htmlFor="audit-entity-type">{t('filters.entityType')}</Label>
          <Select id="audit-entity-type" name="entityType" defaultValue={f.entityType ?? ''}>
            <option value="">{t('filters.anyEntityType')}</option>
            {AUDIT_ENTITY_TYPES.map((e) => (
              <option key={e} value={e}>
                {e}
              </option>
            ))}
          </Select>
        </div>
        <div>
          <Label htmlFor="audit-entity-id">{t('filters.entityId')}</Label>
          <Input id="audit-entity-id" name="entityId" defaultValue={f.entityId ?? ''} />
        </div>
        <div>
          <Label htmlFor="audit-action">{t('filters.action')}</Label>
          <Input id="audit-action" name="action" defaultValue={f.action ?? ''} placeholder={t('filters.actionPlaceholder')} />
        </div>
        <div>
          <Label htmlFor="audit-from">{t('filters.from')}</Label>
          <Input id="audit-from" name="from" type="date" defaultValue={f.from ?? ''} />
        </div>
        <div>
          <Label htmlFor="audit-to">{t('filters.to')}</Label>
          <Input id="audit-to" name="to" type="date" defaultValue={f.to ?? ''} />
        </div>
        <div className="flex gap-2">
          <button
            type="submit"
            className="inline-flex h-9 items-center rounded-md bg-indigo-600 px-4 text-sm font-medium text-white hover:bg-indigo-700"
          >
            {t('filters.apply')}
          </button>
          <Link href="/settings/audit" className={LINK}>
            {t('filters.reset')}
          </Link>
        </div>
      </form>
      {page.items.length === 0 ? (
        <EmptyState title={t('empty')} />
      ) : (
        <Card className="overflow-x-auto">
          <table className="w-full text-sm">
            <thead className="bg-slate-50 text-left text-xs text-slate-500 uppercase">
              <tr>
                <th scope="col" className="px-3 py-2">
                  {t('columns.at')}
                </th>
                <th scope="col" className="px-3 py-2">
                  {t('columns.actor')}
                </th>
                <th scope="col" className="px-3 py-2">
                  {t('columns.action')}
                </th>
                <th scope="col" className="px-3 py-2">
                  {t('columns.entity')}
                </th>
                <th scope="col" className="px-3 py-2">
                  {t('columns.changes')}
                </th>
              </tr>
            </thead>
            <tbody>
              {page.items.map((r) => (
                <tr key={r.id} data-testid="audit-row" className="border-t border-slate-100 align-top">
                  <td className="px-3 py-2 whitespace-nowrap text-slate-600 tabular-nums">
                    <time dateTime={r.at}>{formatDateTime(new Date(r.at), locale, { seconds: true })}</time>
                  </td>
                  <td className="px-3 py-2">{r.actorName ?? t('system')}</td>
                  <td className="px-3 py-2 font-mono text-xs">{r.action}</td>
                  <td className="px-3 py-2">
                    <div className="text-xs text-slate-500">{r.entityType}</div>
                    {r.href ? (
                      <Link href={r.href} className="text-indigo-700 underline">
                        {r.entityLabel ?? r.entityId}
                      </Link>
                    ) : (
                      <span className="break-all">{r.entityLabel ?? r.entityId}</span>
                    )}
                  </td>
                  <td className="px-3 py-2">
                    {r.changes.length === 0 ? (
                      <span className="text-slate-400">{t('noChanges')}</span>
                    ) : (
                      <ul className="grid gap-0.5">
                        {r.changes.map((c) => (
                          <li key={c.key} data-testid="audit-change">
                            <span className="font-mono text-xs text-slate-500">{c.key}</span>{' '}
                            <del className="text-rose-700 decoration-rose-300">{formatAuditValue(c.before)}</del>
                            {' → '}
                            <ins className="text-emerald-700 no-underline">{formatAuditValue(c.after)}</ins>
                          </li>
                        ))}
                      </ul>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </Card>
      )}
      <nav className="mt-3 flex gap-2" aria-label={t('title')}>
        {query.cursor ? (
          <Link className={LINK} href={`/settings/audit?${filters}`}>
            {t('first')}
          </Link>
        ) : null}
        {nextHref ? (
          <Link className={LINK} href={nextHref}>
            {t('next')}
          </Link>
        ) : null}
      </nav>
    </>
  );
}
