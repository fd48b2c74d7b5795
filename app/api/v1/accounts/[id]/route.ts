import { db } from '@/lib/db/client';
import { apiRoute } from '@/lib/server/api';
import { updateAccount } from '@/lib/server/commands/accounts/update-account';
import { idParamsSchema, patchAccountBodySchema } from '@/lib/validation/accounts';

// PATCH /api/v1/accounts/{id} { …fields, version } → the account; stale → 409 with the current one
export const PATCH = apiRoute(
  { permission: 'account:edit', params: idParamsSchema, body: patchAccountBodySchema },
  ({ session, params, body }) => updateAccount(db, session, { ...body, accountId: params.id }),
);
