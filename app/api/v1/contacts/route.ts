import { NextResponse } from 'next/server';
import { db } from '@/lib/db/client';
import { apiRoute } from '@/lib/server/api';
import { createContact } from '@/lib/server/commands/contacts/create-contact';
import { createContactSchema } from '@/lib/validation/accounts';

// POST /api/v1/contacts { accountId, name, …, opportunityIds? } → 201
export const POST = apiRoute({ permission: 'account:edit', body: createContactSchema }, async ({ session, body }) => {
  const contact = await createContact(db, session, body);
  return NextResponse.json(contact, { status: 201 });
});
