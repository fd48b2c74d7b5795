import { z } from '@/lib/validation/z';
import { createQaEntryBodySchema, listQaEntriesQuerySchema, updateQaEntryBodySchema } from '@/lib/validation/tools';
import { withExportParams } from '@/lib/server/export/params';
import { exportOperation } from '../export-operation';
import type { ApiOperation } from '../types';
import { instant } from '../types';

// 질의응답 사전 (issue 12 item 3): Q&A entries by need type, industry and stage.

export const qaEntrySchema = z.object({
  id: z.uuid(),
  needType: z.string(),
  industry: z.string().nullable(),
  stage: z.string().nullable(),
  question: z.string(),
  answer: z.string(),
  avoidAnswer: z.string().nullable(),
  source: z.string().nullable(),
  createdAt: instant,
  updatedAt: instant,
  version: z.int().min(1),
});
const conflict = z.object({
  error: z.object({ code: z.literal('CONFLICT'), message: z.string(), details: qaEntrySchema }),
  current: qaEntrySchema,
});

export const qaOperations: ApiOperation[] = [
  {
    method: 'get',
    path: '/api/v1/qa-entries',
    summary: 'Q&A entries (q: a substring of need type, question or answer; filters by need type, industry, stage)',
    tags: ['tools'],
    query: listQaEntriesQuerySchema,
    responses: {
      200: { description: 'The entries', schema: z.object({ items: z.array(qaEntrySchema) }) },
      400: { description: 'Bad query' },
    },
  },
  {
    method: 'post',
    path: '/api/v1/qa-entries',
    summary: 'Add a Q&A entry (question, good answer, answer to avoid, source)',
    tags: ['tools'],
    body: createQaEntryBodySchema,
    responses: {
      201: { description: 'Created', schema: qaEntrySchema },
      400: { description: 'Invalid input' },
      403: { description: 'Role may not edit sales tools (tools:edit)' },
    },
  },
  exportOperation({
    path: '/api/v1/qa-entries/export',
    summary: 'The Q&A table as a file',
    tags: ['tools'],
    query: withExportParams(listQaEntriesQuerySchema),
  }),
  {
    method: 'get',
    path: '/api/v1/qa-entries/{id}',
    summary: 'One Q&A entry',
    tags: ['tools'],
    responses: { 200: { description: 'The entry', schema: qaEntrySchema }, 404: { description: 'Not found' } },
  },
  {
    method: 'patch',
    path: '/api/v1/qa-entries/{id}',
    summary: 'Edit a Q&A entry (only the fields sent; version you read → 409 when stale)',
    tags: ['tools'],
    body: updateQaEntryBodySchema,
    responses: {
      200: { description: 'The entry', schema: qaEntrySchema },
      400: { description: 'Invalid input' },
      403: { description: 'Role may not edit sales tools (tools:edit)' },
      404: { description: 'Not found' },
      409: { description: 'Stale version (details and current: the entry now)', schema: conflict },
    },
  },
];
