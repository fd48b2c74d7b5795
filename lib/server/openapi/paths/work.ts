import { z } from '@/lib/validation/z';
import { WORK_KINDS } from '@/lib/domain/work';
import { amendmentBody, completeActionItemBody } from '@/lib/validation/postmortems';
import { getOperation, writeOperation } from '../operations';
import type { ApiOperation } from '../types';

// My work (내 업무) — the same list as the /work page.

const item = z.object({
  id: z.string(),
  title: z.string(),
  subtitle: z.string().nullable(),
  link: z.string().describe('where the work is done (an app path)'),
  at: z.string().nullable().describe('the date that makes it urgent: due date, deadline, since when stalled'),
  ownerName: z.string().nullable(),
  mine: z.boolean().describe("the caller's own deal (false: a team member's)"),
  version: z.int().nullable().describe("a VRB finding's version (to answer it from the list), else null"),
});
const work = z.object({
  today: z.string(),
  team: z.boolean().describe("includes the manager's team"),
  total: z.int().describe('sum of the counts, capped at 100'),
  groups: z.array(z.object({ kind: z.enum(WORK_KINDS), count: z.int().describe('capped at 100 (shown 99+)'), items: z.array(item) })),
});

export const workOperations: ApiOperation[] = [
  getOperation({
    path: '/api/v1/me/work',
    summary:
      "What is waiting for the caller, grouped by kind (stalled deals, overdue next steps, VRB findings to answer or verify, opinions to give, VRB reviews to decide, tier-review decisions, postmortems due, action items, bid deadlines this week, overdue receivables), each row with a link to where it is done. Kinds follow the caller's roles.",
    tags: ['work'],
    query: z.strictObject({ perKind: z.coerce.number().int().min(1).max(100).default(20) }),
    ok: { description: 'The work list', schema: work },
  }),
];

// Closing the loops after a postmortem is published, and the header bell.

const refusal = z.object({ error: z.object({ code: z.string(), message: z.string(), details: z.unknown().optional() }) });
const notification = z.object({
  id: z.uuid(),
  kind: z.enum(['FINDING_RAISED', 'REVIEW_DECIDED', 'DEAL_MOVED', 'ACTION_ASSIGNED']),
  params: z.record(z.string(), z.unknown()),
  link: z.string(),
  createdAt: z.string(),
  readAt: z.string().nullable(),
});

workOperations.push(
  writeOperation('post', {
    path: '/api/v1/postmortems/{id}/amendments',
    summary: 'Append a correction to a published postmortem (the record itself never changes); author and time are recorded',
    tags: ['postmortems'],
    body: amendmentBody,
    created: {
      description: 'The amendment',
      schema: z.object({
        id: z.uuid(),
        postmortemId: z.uuid(),
        body: z.string(),
        authorId: z.uuid(),
        authorName: z.string(),
        createdAt: z.string(),
      }),
    },
    forbidden: 'Role may not amend',
    notFound: 'Postmortem not found or not on your (team’s) deal',
    refused: { description: 'A draft (edit it instead)', schema: refusal },
  }),
  writeOperation('post', {
    path: '/api/v1/action-items/{id}/complete',
    summary: "Mark an action item done with a note: its owner, or a manager of the deal (the owner's manager or an admin)",
    tags: ['postmortems'],
    body: completeActionItemBody,
    ok: {
      description: 'The item, done',
      schema: z.object({ id: z.uuid(), postmortemId: z.uuid(), title: z.string(), doneAt: z.string(), doneNote: z.string().nullable() }),
    },
    forbidden: 'Not its owner nor a manager of the deal',
    notFound: 'Not found',
    conflict: { description: 'Already done', schema: refusal },
  }),
  getOperation({
    path: '/api/v1/notifications',
    summary: "The caller's notifications, newest first, with the unread count (capped at 100)",
    tags: ['work'],
    ok: { description: 'Notifications', schema: z.object({ unread: z.int(), items: z.array(notification) }) },
  }),
  writeOperation('post', {
    path: '/api/v1/notifications',
    summary: "Mark the caller's notifications read: the given ids, or all when ids is omitted",
    tags: ['work'],
    body: z.strictObject({ ids: z.array(z.uuid()).max(200).nullable().optional() }),
    ok: { description: 'How many were marked, and the unread count', schema: z.object({ marked: z.int(), unread: z.int() }) },
  }),
);
