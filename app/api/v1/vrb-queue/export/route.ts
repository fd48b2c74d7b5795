import { db } from '@/lib/db/client';
import { getVrbQueue, listRecentDecisions } from '@/lib/db/queries/vrb';
import { apiRoute } from '@/lib/server/api';
import { exportResponse, serverTranslator, withExportParams } from '@/lib/server/export';
import { vrbQueueExportQuerySchema } from '@/lib/validation/vrb';
import { getSettings } from '@/lib/server/settings';
import { vrbFindingColumns, vrbReviewColumns } from '@/app/(app)/vrb/(queue)/columns';
import { recentDecisionColumns } from '@/app/(app)/vrb/(queue)/recent-columns';

// GET /api/v1/vrb-queue/export?tab=upcoming|missing|findings|recent&format=csv|xlsx — the VRB queue's
// tab as shown (the queue's first 500 rows; vrb:read). /vrb/export re-exports this handler.
const query = withExportParams(vrbQueueExportQuerySchema);

export const GET = apiRoute({ permission: 'vrb:read', query }, async ({ session, query }) => {
  const { locale } = session; // the request's language, else the user's own (not the API's English default)
  const t = serverTranslator(locale, 'vrb');
  const common0 = { format: query.format, hidden: query.hide, filename: `vrb-${query.tab}`, sheetName: `VRB ${query.tab}` };
  if (query.tab === 'recent')
    return exportResponse({ ...common0, columns: recentDecisionColumns(t, { locale }), rows: await listRecentDecisions(db, 100) });
  const [queue, settings] = await Promise.all([getVrbQueue(db, { limit: 500 }), getSettings(db)]);
  const ctx = { locale, floorPct: settings.marginFloorPct, now: new Date(), weights: settings.assessmentWeights };
  const common = common0;
  if (query.tab === 'findings') return exportResponse({ ...common, columns: vrbFindingColumns(t, ctx), rows: queue.openFindings });
  return exportResponse({
    ...common,
    columns: vrbReviewColumns(t, ctx),
    rows: query.tab === 'upcoming' ? queue.upcoming : queue.missingOpinions,
  });
});
