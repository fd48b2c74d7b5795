'use server';
// Authorization: every action here is built with defineAction, which calls requireSession() and
// can(roles, permission) before the command runs (tests/integration/route-sweep.test.ts checks it).
import { db } from '@/lib/db/client';
import { defineAction } from '@/lib/server/action';
import { globalSearch } from '@/lib/server/commands/search';
import { searchQuerySchema } from '@/lib/validation/search';

// The command palette (Ctrl+K / ⌘K): the same globalSearch as GET /api/v1/search.
export const globalSearchAction = defineAction({ schema: searchQuerySchema, permission: 'opportunity:read' }, ({ session, input }) =>
  globalSearch(db, session, input),
);
