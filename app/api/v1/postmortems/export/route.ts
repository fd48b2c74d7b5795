import { db } from '@/lib/db/client';
import { listPendingPostmortems, listPostmortems } from '@/lib/db/queries/postmortems';
import { classifyPending } from '@/lib/domain/postmortems';
import { apiRoute } from '@/lib/server/api';
import { assertCan } from '@/lib/server/authorize';
import { exportResponse, serverTranslator, withExportParams } from '@/lib/server/export';
import { postmortemListExportQuerySchema } from '@/lib/validation/postmortems';
import { pendingColumns, postmortemColumns } from '@/app/(app)/postmortems/(list)/columns';

// GET /api/v1/postmortems/export?list=pending|drafts|published&format=csv|xlsx — one list of the
// postmortems page as shown. Like the page it needs lesson:read and opportunity:read.
// /postmortems/export re-exports this handler for the page's links.
const query = withExportParams(postmortemListExportQuerySchema);

export const GET = apiRoute({ permission: 'lesson:read', query }, async ({ session, query }) => {
  const { locale } = session; // the request's language, else the user's own (not the API's English default)
  assertCan(session, 'opportunity:read');
  const t = serverTranslator(locale, 'postmortems');
  const common = { format: query.format, hidden: query.hide, filename: `postmortems-${query.list}`, sheetName: query.list };
  if (query.list === 'pending') {
    const pending = await listPendingPostmortems(db);
    return exportResponse({ ...common, columns: pendingColumns(t, locale), rows: classifyPending(pending.rows, new Date()) });
  }
  const rows = await listPostmortems(db, query.list === 'drafts' ? 'DRAFT' : 'PUBLISHED');
  return exportResponse({ ...common, columns: postmortemColumns(t, locale, query.list === 'drafts' ? 'updatedAt' : 'heldAt'), rows });
});
