import { z } from '@/lib/validation/z';
import {
  createExpertBodySchema,
  EXPERT_KINDS,
  linkExpertBodySchema,
  listExpertsQuerySchema,
  updateExpertBodySchema,
} from '@/lib/validation/experts';
import { catalogueOperations, dealLinkOperations } from '../catalogue-operations';
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
const oppExpert = z.object({
  expertId: z.uuid(),
  name: z.string(),
  internal: z.boolean(),
  field: z.string(),
  organization: z.string().nullable(),
  role: z.string().nullable(),
  note: z.string().nullable(),
  createdAt: instant,
  createdByName: z.string().nullable(),
});

export const expertsOperations: ApiOperation[] = [
  ...catalogueOperations({
    resource: 'experts',
    one: 'expert',
    many: 'experts',
    record: expertSchema,
    list: {
      summary:
        'Experts (q: a substring of name, domain or organisation; filters by kind and domain), each with the record of the deals they helped',
      query: listExpertsQuerySchema,
      item: expertListItemSchema,
    },
    add: {
      summary: 'Add an expert (internal — optionally a Tierline user — or external)',
      body: createExpertBodySchema,
      invalid: 'Invalid input (the field is named), or a user link on an external expert',
    },
    exportSummary: 'The experts table as a file',
    view: {
      summary: 'One expert with their deal history and win rate (수주율 = won ÷ (won + lost) over closed deals)',
      schema: profileSchema,
    },
    edit: { summary: 'Edit an expert (only the fields sent; version you read → 409 when stale)', body: updateExpertBodySchema },
  }),
  ...dealLinkOperations({
    resource: 'experts',
    param: 'expertId',
    one: 'expert',
    many: 'experts',
    item: oppExpert,
    body: linkExpertBodySchema,
    summaries: {
      list: 'The experts who helped a deal, with what they did',
      link: 'Link an expert to the deal, or change what they did there (role, note)',
      unlink: 'Unlink an expert from the deal',
    },
  }),
];
