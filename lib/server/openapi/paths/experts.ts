import { z } from '@/lib/validation/z';
import {
  createExpertBodySchema,
  EXPERT_KINDS,
  linkExpertBodySchema,
  listExpertsQuerySchema,
  updateExpertBodySchema,
} from '@/lib/validation/experts';
import { withExportParams } from '@/lib/server/export/params';
import { exportOperation } from '../export-operation';
import type { ApiOperation } from '../types';
import { decimal, instant } from '../types';

// Expert network (issue 12 item 4): experts, the deals they helped and their win rate (수주율).

export const expertSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  kind: z.enum(EXPERT_KINDS),
  internal: z.boolean(),
  userId: z.uuid().nullable(),
  userName: z.string().nullable(),
  field: z.string(),
  organization: z.string().nullable(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  notes: z.string().nullable(),
  createdAt: instant,
  updatedAt: instant,
  version: z.int().min(1),
});
const recordSchema = z.object({
  deals: z.int().min(0),
  open: z.int().min(0),
  won: z.int().min(0),
  lost: z.int().min(0),
  other: z.int().min(0),
  winRate: z.number().min(0).max(1).nullable().describe('won ÷ (won + lost) over the closed deals; null when none'),
});
const expertListItemSchema = expertSchema.extend({ record: recordSchema });
const profileSchema = z.object({
  expert: expertSchema,
  record: recordSchema,
  deals: z.array(
    z.object({
      id: z.uuid(),
      name: z.string(),
      accountName: z.string(),
      outcome: z.enum(['OPEN', 'WON', 'LOST', 'DROPPED', 'NO_BID']),
      amount: decimal.nullable(),
      closedAt: instant.nullable(),
      role: z.string().nullable(),
      note: z.string().nullable(),
      linkedAt: instant,
    }),
  ),
});
const conflict = z.object({
  error: z.object({ code: z.literal('CONFLICT'), message: z.string(), details: expertSchema }),
  current: expertSchema,
});
const oppExperts = z.object({
  items: z.array(
    z.object({
      expertId: z.uuid(),
      name: z.string(),
      internal: z.boolean(),
      field: z.string(),
      organization: z.string().nullable(),
      role: z.string().nullable(),
      note: z.string().nullable(),
      createdAt: instant,
      createdByName: z.string().nullable(),
    }),
  ),
});

export const expertsOperations: ApiOperation[] = [
  {
    method: 'get',
    path: '/api/v1/experts',
    summary:
      'Experts (q: a substring of name, domain or organisation; filters by kind and domain), each with the record of the deals they helped',
    tags: ['tools'],
    query: listExpertsQuerySchema,
    responses: {
      200: { description: 'The experts', schema: z.object({ items: z.array(expertListItemSchema) }) },
      400: { description: 'Bad query' },
    },
  },
  {
    method: 'post',
    path: '/api/v1/experts',
    summary: 'Add an expert (internal — optionally a Tierline user — or external)',
    tags: ['tools'],
    body: createExpertBodySchema,
    responses: {
      201: { description: 'Created', schema: expertSchema },
      400: { description: 'Invalid input (the field is named), or a user link on an external expert' },
      403: { description: 'Role may not edit sales tools (tools:edit)' },
    },
  },
  exportOperation({
    path: '/api/v1/experts/export',
    summary: 'The experts table as a file',
    tags: ['tools'],
    query: withExportParams(listExpertsQuerySchema),
  }),
  {
    method: 'get',
    path: '/api/v1/experts/{id}',
    summary: 'One expert with their deal history and win rate (수주율 = won ÷ (won + lost) over closed deals)',
    tags: ['tools'],
    responses: { 200: { description: 'The expert', schema: profileSchema }, 404: { description: 'Not found' } },
  },
  {
    method: 'patch',
    path: '/api/v1/experts/{id}',
    summary: 'Edit an expert (only the fields sent; version you read → 409 when stale)',
    tags: ['tools'],
    body: updateExpertBodySchema,
    responses: {
      200: { description: 'The expert', schema: expertSchema },
      400: { description: 'Invalid input' },
      403: { description: 'Role may not edit sales tools (tools:edit)' },
      404: { description: 'Not found' },
      409: { description: 'Stale version (details and current: the expert now)', schema: conflict },
    },
  },
  {
    method: 'get',
    path: '/api/v1/opportunities/{id}/experts',
    summary: 'The experts who helped a deal, with what they did',
    tags: ['opportunities', 'tools'],
    responses: { 200: { description: 'The experts', schema: oppExperts } },
  },
  {
    method: 'put',
    path: '/api/v1/opportunities/{id}/experts/{expertId}',
    summary: 'Link an expert to the deal, or change what they did there (role, note)',
    tags: ['opportunities', 'tools'],
    body: linkExpertBodySchema,
    responses: {
      200: { description: 'The deal’s experts', schema: oppExperts },
      400: { description: 'Invalid input or unknown expert' },
      403: { description: 'Role may not edit, or the deal is not yours or your team’s (you can read it)' },
      404: { description: 'Deal not found' },
    },
  },
  {
    method: 'delete',
    path: '/api/v1/opportunities/{id}/experts/{expertId}',
    summary: 'Unlink an expert from the deal',
    tags: ['opportunities', 'tools'],
    responses: {
      200: { description: 'The deal’s experts', schema: oppExperts },
      403: { description: 'Role may not edit, or the deal is not yours or your team’s (you can read it)' },
      404: { description: 'Deal not found, or the expert is not on it' },
    },
  },
];
