import type { z } from '@/lib/validation/z';
import { withExportParams } from '@/lib/server/export/params';
import { exportOperation } from '../export-operation';
import { auditPageSchema, auditQuerySchema } from '@/lib/validation/audit';
import { searchQuerySchema, searchResultSchema } from '@/lib/validation/search';
import { listOperation } from '../operations';
import type { ApiOperation } from '../types';

// Global search and the audit trail (SPEC "Beyond the method").
export const searchOperations: ApiOperation[] = [
  exportOperation({
    path: '/api/v1/audit/export',
    summary: 'The filtered audit trail as a file, newest first (audit:read; the same filters as GET /api/v1/audit)',
    tags: ['audit'],
    query: withExportParams(auditQuerySchema as unknown as z.ZodObject),
  }),
  listOperation({
    path: '/api/v1/search',
    summary:
      'Search opportunities, accounts, contacts, leads, lessons, Q&A entries, competitors and experts at once (Korean and English substring; at most `limit` per kind; kinds you may not read are left out)',
    tags: ['search'],
    query: searchQuerySchema,
    ok: { description: 'Matches grouped by kind (empty groups omitted)', schema: searchResultSchema },
    invalid: 'Missing or too long q, bad limit',
  }),
  listOperation({
    path: '/api/v1/audit',
    summary:
      'The audit trail, newest first (keyset pages); filters by actor, entity, action (or action prefix) and Asia/Seoul date range; `changes` lists the changed keys',
    tags: ['audit'],
    query: auditQuerySchema,
    ok: { description: 'A page of audit rows', schema: auditPageSchema },
    invalid: 'Bad filter or cursor',
    forbidden: 'Only ADMIN and EXECUTIVE read the audit trail',
  }),
];
