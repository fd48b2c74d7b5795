import { db } from '@/lib/db/client';
import { apiRoute } from '@/lib/server/api';
import { updateUser } from '@/lib/server/commands/people';
import { updateUserBodySchema, userIdParamsSchema } from '@/lib/validation/users';

// PATCH /api/v1/users/{id} { name?, email?, roles?, teamId?, managerId?, vrbDomains?, disabled?, version }
// → 200 the user; 409 stale version (current in `current`) or duplicate email; 422 rule refusal.
export const PATCH = apiRoute(
  { permission: 'users:manage', params: userIdParamsSchema, body: updateUserBodySchema },
  async ({ session, params, body }) => updateUser(db, session, params.id, body),
);
