import { NextResponse } from 'next/server';
import { z } from '@/lib/validation/z';
import { db } from '@/lib/db/client';
import { apiRoute } from '@/lib/server/api';
import { getMyWork } from '@/lib/server/commands/work/get-my-work';

// GET /api/v1/me/work → what is waiting for the caller, grouped by kind, each row with its link.
export const GET = apiRoute(
  { permission: 'work:read', query: z.strictObject({ perKind: z.coerce.number().int().min(1).max(100).default(20) }) },
  async ({ session, query }) => NextResponse.json(await getMyWork(db, session, { perKind: query.perKind })),
);
