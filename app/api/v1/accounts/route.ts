import { NextResponse } from 'next/server';
import { db } from '@/lib/db/client';
import { apiRoute } from '@/lib/server/api';
import { createAccount } from '@/lib/server/commands/accounts/create-account';
import { createAccountSchema } from '@/lib/validation/accounts';

// POST /api/v1/accounts → 201; a taken 사업자등록번호 → 409 naming the account that holds it
export const POST = apiRoute({ permission: 'account:edit', body: createAccountSchema }, async ({ session, body }) => {
  const account = await createAccount(db, session, body);
  return NextResponse.json(account, { status: 201, headers: { Location: `/api/v1/accounts/${account.id}` } });
});
