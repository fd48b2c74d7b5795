import { getTranslations } from 'next-intl/server';
import { db } from '@/lib/db/client';
import { requirePermission } from '@/lib/auth/session';
import { listAudit } from '@/lib/server/commands/audit';
import { DomainError } from '@/lib/server/errors';
import { listUsers } from '@/lib/server/commands/users';
import { AUDIT_ENTITY_TYPES, auditQuerySchema } from '@/lib/validation/audit';
import { FilterActions } from '@/components/ui/button';
import { Input, Label, Select } from '@/components/ui/input';
import { PageHeader } from '@/components/ui/page-header';
import { AuditTable } from './audit-table';

// The audit trail (ADMIN, EXECUTIVE): filters in the URL (a GET form), keyset pages, the changed
// keys of each row before → after, links to the entity's page, CSV/XLSX of the current filter (AuditTable → /settings/audit/export).

export default async function AuditPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const session = await requirePermission('audit:read');
  const t = await getTranslations('audit');
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
  const f = parsed.success ? query : auditQuerySchema.parse({});
  return (
    <>
      <PageHeader title={t('title')} description={t('description')} />
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
        <FilterActions apply={t('filters.apply')} reset={t('filters.reset')} resetHref="/settings/audit" />
      </form>
      <AuditTable rows={page.items} server={{ nextCursor: page.nextCursor }} />
    </>
  );
}
