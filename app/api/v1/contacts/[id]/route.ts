import { db } from '@/lib/db/client';
import { apiRoute } from '@/lib/server/api';
import { removeContact } from '@/lib/server/commands/contacts/remove-contact';
import { updateContact } from '@/lib/server/commands/contacts/update-contact';
import { idParamsSchema, patchContactBodySchema, removeContactQuerySchema } from '@/lib/validation/accounts';

// PATCH /api/v1/contacts/{id} { …fields, opportunityIds?, version } → the contact
export const PATCH = apiRoute(
  { permission: 'account:edit', params: idParamsSchema, body: patchContactBodySchema },
  ({ session, params, body }) => updateContact(db, session, { ...body, contactId: params.id }),
);

// DELETE /api/v1/contacts/{id}?version= → the contact, removed (soft: history kept)
export const DELETE = apiRoute(
  { permission: 'account:edit', params: idParamsSchema, query: removeContactQuerySchema },
  ({ session, params, query }) => removeContact(db, session, { contactId: params.id, version: query.version }),
);
