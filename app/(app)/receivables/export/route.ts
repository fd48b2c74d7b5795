import { db } from '@/lib/db/client';
import { apiRoute } from '@/lib/server/api';
import { csvLine } from '@/lib/domain/format/csv';
import { listReceivables } from '@/lib/server/commands/receivables';
import { translateError } from '@/lib/i18n/translate';
import { listReceivablesQuerySchema } from '@/lib/validation/receivables';

// GET /receivables/export?<the list's filters> — the whole filtered list as CSV (UTF-8 with BOM
// for Korean Excel), read page by page with the same keyset query; cells that a spreadsheet would
// run as a formula (= + - @) are neutralised by csvLine.
const MAX_EXPORT = 50_000;
const exportQuery = listReceivablesQuerySchema.omit({ cursor: true, limit: true });

export const GET = apiRoute({ permission: 'opportunity:read', query: exportQuery }, async ({ session, query, locale }) => {
  const tr = (k: string) => translateError(locale, `receivables.${k}`);
  const lines = [
    csvLine([
      tr('table.opportunity'),
      tr('table.account'),
      tr('table.owner'),
      tr('table.kind'),
      'sequence',
      tr('table.amount'),
      tr('table.outstanding'),
      tr('table.dueDate'),
      tr('table.status'),
      'daysOverdue',
    ]),
  ];
  let cursor: string | undefined;
  let n = 0;
  do {
    const page = await listReceivables(db, session, { ...query, cursor, limit: 200 });
    for (const r of page.items) {
      lines.push(
        csvLine([
          r.opportunityName,
          r.accountName,
          r.ownerName,
          tr(`kind.${r.kind}`),
          r.sequence,
          r.amount,
          r.outstanding,
          r.dueDate,
          tr(`status.${r.status}`),
          r.daysOverdue,
        ]),
      );
      n++;
    }
    cursor = page.nextCursor ?? undefined;
  } while (cursor && n < MAX_EXPORT);
  return new Response('\uFEFF' + lines.join('\r\n') + '\r\n', {
    headers: {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="receivables-${query.status}-${new Date().toISOString().slice(0, 10)}.csv"`,
    },
  });
});
