import { z } from '@/lib/validation/z';
import { db } from '@/lib/db/client';
import { apiRoute } from '@/lib/server/api';
import { getOpportunityPowerMap } from '@/lib/server/commands/power-map';
import { exportParams, exportResponse, serverTranslator } from '@/lib/server/export';
import { opportunityIdParamsSchema } from '@/lib/validation/opportunities';
import { powerMapColumns } from '@/components/power-map/columns';

// GET /api/v1/opportunities/{id}/power-map/export?format=csv|xlsx&hide= — the power map's table as
// the page shows it (the same columns as its DataTable), one row per person.
// /opportunities/{id}/power-map/export re-exports this handler for the page's download links.
export const GET = apiRoute(
  { permission: 'opportunity:read', params: opportunityIdParamsSchema, query: z.object(exportParams) },
  async ({ session, params, query }) => {
    const { people } = await getOpportunityPowerMap(db, session, params.id);
    return exportResponse({
      format: query.format,
      hidden: query.hide,
      filename: 'power-map',
      sheetName: 'Power map',
      columns: powerMapColumns(serverTranslator(session.locale, 'powerMap')),
      rows: people,
    });
  },
);
