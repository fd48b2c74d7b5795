import { z } from 'zod';
import { WORK_KINDS } from '@/lib/domain/work';
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
});
const work = z.object({
  today: z.string(),
  team: z.boolean().describe("includes the manager's team"),
  total: z.int().describe('sum of the counts, capped at 100'),
  groups: z.array(z.object({ kind: z.enum(WORK_KINDS), count: z.int().describe('capped at 100 (shown 99+)'), items: z.array(item) })),
});

export const workOperations: ApiOperation[] = [
  {
    method: 'get',
    path: '/api/v1/me/work',
    summary:
      "What is waiting for the caller, grouped by kind (stalled deals, overdue next steps, VRB findings to answer or verify, opinions to give, VRB reviews to decide, tier-review decisions, postmortems due, action items, bid deadlines this week, overdue receivables), each row with a link to where it is done. Kinds follow the caller's roles.",
    tags: ['work'],
    query: z.strictObject({ perKind: z.coerce.number().int().min(1).max(100).default(20) }),
    responses: { 200: { description: 'The work list', schema: work } },
  },
];
