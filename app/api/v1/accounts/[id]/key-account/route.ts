import { db } from '@/lib/db/client';
import { apiRoute } from '@/lib/server/api';
import { getKam, setKeyAccount } from '@/lib/server/commands/tools';
import { z } from '@/lib/validation/z';
import { setKeyAccountBodySchema } from '@/lib/validation/tools';

const params = z.object({ id: z.uuid() });

// GET /api/v1/accounts/{id}/key-account → key-account state and KAM plan.
// PUT { isKeyAccount, reason, version } (admin, sales manager) → the same; same command as the account page.
export const GET = apiRoute({ permission: 'opportunity:read', params }, ({ session, params }) => getKam(db, session, params.id));

export const PUT = apiRoute({ permission: 'account:keyAccount', params, body: setKeyAccountBodySchema }, ({ session, params, body }) =>
  setKeyAccount(db, session, { ...body, accountId: params.id }),
);
