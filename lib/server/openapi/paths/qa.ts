import { z } from '@/lib/validation/z';
import { createQaEntryBodySchema, listQaEntriesQuerySchema, updateQaEntryBodySchema } from '@/lib/validation/tools';
import { catalogueOperations } from '../catalogue-operations';
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
export const qaOperations: ApiOperation[] = catalogueOperations({
  resource: 'qa-entries',
  one: 'entry',
  many: 'entries',
  record: qaEntrySchema,
  list: {
    summary: 'Q&A entries (q: a substring of need type, question or answer; filters by need type, industry, stage)',
    query: listQaEntriesQuerySchema,
  },
  add: { summary: 'Add a Q&A entry (question, good answer, answer to avoid, source)', body: createQaEntryBodySchema },
  exportSummary: 'The Q&A table as a file',
  view: { summary: 'One Q&A entry' },
  edit: { summary: 'Edit a Q&A entry (only the fields sent; version you read → 409 when stale)', body: updateQaEntryBodySchema },
});
