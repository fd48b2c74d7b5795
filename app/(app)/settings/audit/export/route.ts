import { db } from '@/lib/db/client';
import { csvLine } from '@/lib/domain/format/csv';
import { formatAuditValue } from '@/lib/domain/audit/diff';
import { apiRoute } from '@/lib/server/api';
import { listAudit } from '@/lib/server/commands/audit';
import { translateError } from '@/lib/i18n/translate';
import { auditQuerySchema } from '@/lib/validation/audit';

// GET /settings/audit/export?<the viewer's filters> — the filtered audit trail as CSV (UTF-8 with
// BOM for Korean Excel), newest first, streamed page by page through the same listAudit; cells a
// spreadsheet would run as a formula are neutralised by csvLine.
const MAX_EXPORT = 100_000;
const PAGE = 500;

export const GET = apiRoute({ permission: 'audit:read', query: auditQuerySchema }, async ({ session, query, locale }) => {
  const header = ['at', 'actor', 'action', 'entity', 'changes'].map((k) => translateError(locale, `audit.columns.${k}`));
  const enc = new TextEncoder();
  let cursor: string | undefined = undefined;
  let n = 0;
  let started = false;
  let done = false;
  const stream = new ReadableStream<Uint8Array>({
    async pull(c) {
      if (!started) {
        started = true;
        c.enqueue(enc.encode('\uFEFF' + csvLine([...header, 'entityType', 'entityId']) + '\r\n'));
        return;
      }
      if (done) return c.close();
      const page = await listAudit(db, session, { ...query, cursor, limit: PAGE });
      const lines = page.items.map((r) =>
        csvLine([
          r.at,
          r.actorName ?? '',
          r.action,
          r.entityLabel ?? r.entityId,
          r.changes.map((ch) => `${ch.key}: ${formatAuditValue(ch.before, 500)} → ${formatAuditValue(ch.after, 500)}`).join('; '),
          r.entityType,
          r.entityId,
        ]),
      );
      n += lines.length;
      if (lines.length) c.enqueue(enc.encode(lines.join('\r\n') + '\r\n'));
      cursor = page.nextCursor ?? undefined;
      if (!cursor || n >= MAX_EXPORT) done = true;
    },
  });
  return new Response(stream, {
    headers: {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="audit-${new Date().toISOString().slice(0, 10)}.csv"`,
    },
  });
});
