import Link from 'next/link';
import { defineColumns, type Translate } from '@/components/data-table/columns';
import { formatAuditValue } from '@/lib/domain/audit/diff';
import type { AuditItem } from '@/lib/server/commands/audit';
import { formatDateTime } from '@/lib/domain/format';

// The audit trail's columns: the viewer (audit-table.tsx) and the export
// (app/api/v1/audit/export/route.ts) use this one list.
export function auditColumns(t: Translate, locale: 'ko' | 'en') {
  return defineColumns<AuditItem>([
    {
      id: 'at',
      header: t('columns.at'),
      value: (r) => r.at,
      cell: (r) => <time dateTime={r.at}>{formatDateTime(r.at, locale)}</time>,
      nowrap: true,
      className: 'text-slate-600 tabular-nums',
      hideable: false,
    },
    { id: 'actor', header: t('columns.actor'), value: (r) => r.actorName ?? '', cell: (r) => r.actorName ?? t('system') },
    { id: 'action', header: t('columns.action'), value: (r) => r.action, className: 'font-mono text-xs' },
    {
      id: 'entity',
      header: t('columns.entity'),
      value: (r) => r.entityLabel ?? r.entityId,
      cell: (r) => (
        <>
          <div className="text-xs text-slate-500">{r.entityType}</div>
          {r.href ? (
            <Link href={r.href} className="text-indigo-700 underline">
              {r.entityLabel ?? r.entityId}
            </Link>
          ) : (
            <span className="break-all">{r.entityLabel ?? r.entityId}</span>
          )}
        </>
      ),
    },
    {
      id: 'changes',
      header: t('columns.changes'),
      value: (r) => r.changes.map((ch) => `${ch.key}: ${formatAuditValue(ch.before, 500)} → ${formatAuditValue(ch.after, 500)}`).join('; '),
      cell: (r) =>
        r.changes.length === 0 ? (
          <span className="text-slate-500">{t('noChanges')}</span>
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
        ),
    },
    { id: 'entityType', header: 'entityType', value: (r) => r.entityType, exportOnly: true },
    { id: 'entityId', header: 'entityId', value: (r) => r.entityId, exportOnly: true },
  ]);
}
