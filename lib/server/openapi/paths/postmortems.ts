import {
  lessonListSchema,
  lessonsQuerySchema,
  postmortemViewSchema,
  savePostmortemBodySchema,
  postmortemExportQuerySchema,
  postmortemListExportQuerySchema,
  winLossExportQuerySchema,
} from '@/lib/validation/postmortems';
import { withExportParams } from '@/lib/server/export/params';
import { exportOperation } from '../export-operation';
import { listOperation, updateOperation } from '../operations';
import type { ApiOperation } from '../types';

// Postmortem write path and the lessons library (SPEC §5).
export const postmortemsOperations: ApiOperation[] = [
  exportOperation({
    path: '/api/v1/postmortems/export',
    summary: 'One list of the postmortems page as a file: list=pending|drafts|published (lesson:read and opportunity:read)',
    tags: ['postmortems'],
    query: withExportParams(postmortemListExportQuerySchema),
  }),
  updateOperation({
    method: 'post',
    path: '/api/v1/opportunities/{id}/postmortem',
    summary: 'Create or update the blameless postmortem of a closed (Tier 0) opportunity (no responsible-person field; attendees only)',
    tags: ['postmortems'],
    body: savePostmortemBodySchema,
    ok: {
      description: 'Updated (the request carried the current `version`); `warnings` lists blame-like wording, never blocking',
      schema: postmortemViewSchema,
    },
    invalid: 'Validation failed (error.fields)',
    forbidden: 'Role may not write postmortems',
    notFound: "Opportunity not found or not yours / your team's",
    conflict: 'Stale or missing version: `current` holds the current record',
    refused: 'The opportunity is not at Tier 0',
    responses: { 201: { description: 'Created', schema: postmortemViewSchema } },
  }),
  listOperation({
    path: '/api/v1/lessons',
    summary: 'Search the lessons library (Korean and English substring search; keyset pages, newest first)',
    tags: ['postmortems'],
    query: lessonsQuerySchema,
    ok: { description: 'A page of lessons', schema: lessonListSchema },
    invalid: 'Bad filter or cursor',
  }),
  exportOperation({
    path: '/api/v1/postmortems/analytics/export',
    summary:
      'Export one table of the win/loss analytics over the last months=3|6|12|24 months: table=category|region|competitor|tier (won, lost, other, win rate %) or table=reasons (loss reasons per month)',
    tags: ['postmortems'],
    query: withExportParams(winLossExportQuerySchema),
  }),
  exportOperation({
    path: '/api/v1/postmortems/{id}/export',
    summary: "Export a postmortem's action items (title, owner, due date, state, done time and note)",
    tags: ['postmortems'],
    query: withExportParams(postmortemExportQuerySchema),
    notFound: 'Postmortem not found',
  }),
];
