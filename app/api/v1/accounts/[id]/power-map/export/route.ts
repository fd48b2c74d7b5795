import { z } from '@/lib/validation/z';
import { db } from '@/lib/db/client';
import { apiRoute } from '@/lib/server/api';
import { getAccountPowerMap } from '@/lib/server/commands/power-map';
import { exportParams, exportResponse, serverTranslator } from '@/lib/server/export';
import { idParamsSchema } from '@/lib/validation/accounts';
import { powerMapColumns } from '@/components/power-map/columns';

// GET /api/v1/accounts/{id}/power-map/export?format=csv|xlsx&hide= — the account's power map table
// (the union over its deals) as the account page shows it.
// /accounts/{id}/power-map/export re-exports this handler for the page's download links.
export const GET = apiRoute(
  { permission: 'opportunity:read', params: idParamsSchema, query: z.object(exportParams) },
  async ({ session, params, query }) => {
    const { people } = await getAccountPowerMap(db, session, params.id);
    return exportResponse({
      format: query.format,
      hidden: query.hide,
      filename: 'account-power-map',
      sheetName: 'Power map',
      columns: powerMapColumns(serverTranslator(session.locale, 'powerMap')),
      rows: people,
    });
  },
);
