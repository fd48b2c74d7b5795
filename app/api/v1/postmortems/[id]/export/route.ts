import { db } from '@/lib/db/client';
import { can } from '@/lib/auth/permissions';
import { apiRoute } from '@/lib/server/api';
import { forbidden, notFound } from '@/lib/server/errors';
import { exportResponse, serverTranslator, withExportParams } from '@/lib/server/export';
import { getPostmortemRecord } from '@/lib/db/queries/postmortems';
import { koreaDate } from '@/lib/domain/work';
import { actionItemRows } from '@/lib/domain/postmortems/action-items';
import { postmortemExportQuerySchema, postmortemIdParamsSchema } from '@/lib/validation/postmortems';
import { actionItemColumns } from '@/app/(app)/postmortems/[id]/columns';

// GET /api/v1/postmortems/{id}/export?format=csv|xlsx — the record's action items as the page shows
// them (owner, due date, state, done note). Like the page it needs lesson:read and opportunity:read.
// /postmortems/{id}/export re-exports this handler for the page's links.
export const GET = apiRoute(
  { permission: 'lesson:read', params: postmortemIdParamsSchema, query: withExportParams(postmortemExportQuerySchema) },
  async ({ session, params, query }) => {
    if (!can(session.roles, 'opportunity:read')) throw forbidden();
    const { locale } = session;
    const pm = await getPostmortemRecord(db, params.id, locale);
    if (!pm) throw notFound();
    const today = koreaDate(new Date());
    const rows = actionItemRows(pm.actionItems, today);
    return exportResponse({
      format: query.format,
      hidden: query.hide,
      filename: `postmortem-action-items`,
      sheetName: 'action-items',
      columns: actionItemColumns(serverTranslator(locale, 'postmortems'), locale),
      rows,
    });
  },
);
