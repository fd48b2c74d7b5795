import { db } from '@/lib/db/client';
import { apiRoute } from '@/lib/server/api';
import { getAccountPowerMap } from '@/lib/server/commands/power-map';
import { idParamsSchema } from '@/lib/validation/accounts';

// GET /api/v1/accounts/{id}/power-map → { people }: the union over the account's deals.
export const GET = apiRoute({ permission: 'opportunity:read', params: idParamsSchema }, ({ session, params }) =>
  getAccountPowerMap(db, session, params.id),
);
