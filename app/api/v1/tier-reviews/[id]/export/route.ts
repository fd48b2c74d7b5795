import { db } from '@/lib/db/client';
import { apiRoute } from '@/lib/server/api';
import { notFound } from '@/lib/server/errors';
import { exportResponse, serverTranslator, sheet, withExportParams, workbookResponse } from '@/lib/server/export';
import { getTierReview } from '@/lib/server/commands/tier-reviews';
import { matrixRows } from '@/lib/domain/tiers';
import { tierReviewExportQuerySchema, tierReviewIdParams } from '@/lib/validation/tier-reviews';
import { decisionColumns, matrixColumns } from '@/app/(app)/tiers/reviews/[id]/columns';

// GET /api/v1/tier-reviews/{id}/export?format=xlsx|csv&table=decisions|matrix&owner= — the review's
// tables as the page shows them (the same column definitions): XLSX = a workbook with the movement
// matrix (one row per rep and previous tier) and the decisions; CSV = the one `table` names.
// /tiers/reviews/{id}/export re-exports this handler for the page's links.
export const GET = apiRoute(
  { permission: 'tierReview:read', params: tierReviewIdParams, query: withExportParams(tierReviewExportQuerySchema) },
  async ({ session, params, query }) => {
    const v = await getTierReview(db, session, params.id);
    if (!v) throw notFound();
    const { locale } = session; // the request's language, else the user's own
    const t = serverTranslator(locale, 'tiers');
    const items = query.owner ? v.items.filter((i) => i.ownerId === query.owner) : v.items;
    const matrix = query.owner ? v.matrix.filter((m) => m.ownerId === query.owner) : v.matrix;
    const decisions = sheet({ name: t('reviews.decisions'), columns: decisionColumns(t, locale), rows: items });
    const movement = sheet({ name: t('reviews.matrix'), columns: matrixColumns(t), rows: matrixRows(matrix) });
    const filename = `tier-review-${v.review.asOf.toISOString().slice(0, 10)}`;
    if (query.format === 'xlsx') return workbookResponse({ filename, hidden: query.hide, sheets: [movement, decisions] });
    if (query.table === 'matrix')
      return exportResponse({
        format: 'csv',
        filename: `${filename}-matrix`,
        hidden: query.hide,
        columns: matrixColumns(t),
        rows: matrixRows(matrix),
      });
    return exportResponse({ format: 'csv', filename, hidden: query.hide, columns: decisionColumns(t, locale), rows: items });
  },
);
