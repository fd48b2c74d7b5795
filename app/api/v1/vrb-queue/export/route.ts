import { z } from '@/lib/validation/z';
import { db } from '@/lib/db/client';
import { getVrbQueue } from '@/lib/db/queries/vrb';
import { apiRoute } from '@/lib/server/api';
import { exportParams, exportResponse, serverTranslator } from '@/lib/server/export';
import { getSetting } from '@/lib/server/settings';
import { vrbFindingColumns, vrbReviewColumns } from '@/app/(app)/vrb/(queue)/columns';

// GET /api/v1/vrb-queue/export?tab=upcoming|missing|findings&format=csv|xlsx — the VRB queue's
// tab as shown (the queue's first 500 rows; vrb:read). /vrb/export re-exports this handler.
const query = z.object({ tab: z.enum(['upcoming', 'missing', 'findings']).default('upcoming'), ...exportParams });

export const GET = apiRoute({ permission: 'vrb:read', query }, async ({ session, query }) => {
  const { locale } = session; // the request's language, else the user's own (not the API's English default)
  const [queue, floorPct] = await Promise.all([getVrbQueue(db, { limit: 500 }), getSetting(db, 'marginFloorPct')]);
  const t = serverTranslator(locale, 'vrb');
  const ctx = { locale, floorPct, now: new Date() };
  const common = { format: query.format, hidden: query.hide, filename: `vrb-${query.tab}`, sheetName: `VRB ${query.tab}` };
  if (query.tab === 'findings') return exportResponse({ ...common, columns: vrbFindingColumns(t, ctx), rows: queue.openFindings });
  return exportResponse({
    ...common,
    columns: vrbReviewColumns(t, ctx),
    rows: query.tab === 'upcoming' ? queue.upcoming : queue.missingOpinions,
  });
});
