import { z } from '@/lib/validation/z';
import { emptyToUndefined } from './common';
import { MILESTONE_KINDS } from '@/lib/domain/receivables/rules';
import { moneySchema } from './opportunities';

// Receivables (SPEC §6): the payment schedule of a won deal and the overdue list. Shared by the
// /receivables page's actions and /api/v1 (API bodies are strict: unknown fields → 400).

export const RECEIVABLE_STATUSES = ['overdue', 'due', 'outstanding', 'all'] as const;
export type ReceivableStatusFilter = (typeof RECEIVABLE_STATUSES)[number];

const opt = <T extends z.ZodType>(s: T) => z.preprocess(emptyToUndefined, s.optional());
const isoDate = z.iso.date();
const version = z.int().positive();

export const listReceivablesQuerySchema = z.object({
  status: z.preprocess(emptyToUndefined, z.enum(RECEIVABLE_STATUSES).default('overdue')),
  owner: opt(z.union([z.uuid(), z.literal('me')])),
  /** a sales manager's id (their team's deals) or `mine` */
  team: opt(z.union([z.uuid(), z.literal('mine')])),
  account: opt(z.uuid()),
  cursor: opt(z.string().max(200)),
  limit: z.preprocess(emptyToUndefined, z.coerce.number().int().min(1).max(200).default(50)),
});
export type ListReceivablesQuery = z.output<typeof listReceivablesQuerySchema>;

export const milestoneIdParamsSchema = z.object({ id: z.uuid() });

export const addMilestoneBodySchema = z.strictObject({
  kind: z.enum(MILESTONE_KINDS),
  amount: moneySchema,
  dueDate: isoDate,
});
export const addMilestoneSchema = addMilestoneBodySchema.extend({ opportunityId: z.uuid() });
export type AddMilestoneInput = z.output<typeof addMilestoneSchema>;

export const updateMilestoneBodySchema = z.strictObject({
  kind: z.enum(MILESTONE_KINDS).optional(),
  amount: moneySchema.optional(),
  dueDate: isoDate.optional(),
  version,
});
export const updateMilestoneSchema = updateMilestoneBodySchema.extend({ id: z.uuid() });
export type UpdateMilestoneInput = z.output<typeof updateMilestoneSchema>;

export const deleteMilestoneQuerySchema = z.object({ version: z.coerce.number().int().positive() });
export const deleteMilestoneSchema = z.strictObject({ id: z.uuid(), version });
export type DeleteMilestoneInput = z.output<typeof deleteMilestoneSchema>;

export const collectMilestoneBodySchema = z.strictObject({
  /** the total collected so far (cumulative; less than the amount = partial, 0 = undo) */
  collectedAmount: moneySchema,
  collectedOn: isoDate,
  version,
});
export const collectMilestoneSchema = collectMilestoneBodySchema.extend({ id: z.uuid() });
export type CollectMilestoneInput = z.output<typeof collectMilestoneSchema>;

export const milestoneViewSchema = z.object({
  id: z.uuid(),
  opportunityId: z.uuid(),
  kind: z.enum(MILESTONE_KINDS),
  sequence: z.int(),
  amount: z.string(),
  dueDate: z.string(),
  collectedAt: z.string().nullable(),
  collectedAmount: z.string().nullable(),
  /** invoiced so far and the latest invoice day (collected ≤ invoiced ≤ amount); absent in list rows */
  invoicedAmount: z.string().nullable().optional(),
  invoicedAt: z.string().nullable().optional(),
  version: z.int(),
  status: z.enum(['COLLECTED', 'PARTIAL', 'OVERDUE', 'DUE', 'UPCOMING']),
  daysOverdue: z.int(),
  outstanding: z.string(),
});
export type MilestoneView = z.output<typeof milestoneViewSchema>;

export const receivableItemSchema = milestoneViewSchema.extend({
  opportunityName: z.string(),
  accountId: z.uuid(),
  accountName: z.string(),
  ownerId: z.uuid(),
  ownerName: z.string(),
});
export type ReceivableItem = z.output<typeof receivableItemSchema>;
export const receivableListSchema = z.object({ items: z.array(receivableItemSchema), nextCursor: z.string().nullable() });

/** POST /api/v1/payment-milestones/{id}/invoice: the total invoiced so far (collected ≤ invoiced ≤ amount). */
export const invoiceMilestoneBodySchema = z.strictObject({ invoicedAmount: moneySchema, invoicedOn: isoDate, version });
export const invoiceMilestoneSchema = invoiceMilestoneBodySchema.extend({ id: z.uuid() });
export type InvoiceMilestoneInput = z.output<typeof invoiceMilestoneSchema>;

/** The rep confirms the schedule proposed from the last passed VRB review's snapshot. */
export const receivablesProposalSchema = z.object({ opportunityId: z.uuid() });
