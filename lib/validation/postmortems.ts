import { z } from '@/lib/validation/z';
import { emptyToUndefined, optionalText } from './common';
import { POSTMORTEM_STATUSES, ROOT_CAUSES } from '@/lib/domain/postmortems';

// Inputs of the postmortem write path and the lessons search, shared by the pages' actions and
// /api/v1. Bodies are strict (unknown fields → 400) — in particular there is no "responsible
// person" field to send: a postmortem names people only as attendees and action-item owners.

const optionalId = z.union([z.uuid(), z.literal('').transform(() => null), z.null()]).optional();

export const lessonInputSchema = z.strictObject({
  id: z.uuid().optional(), // an existing lesson of this postmortem; absent = new
  title: z.string().trim().min(1).max(200),
  body: z.string().trim().max(5000).default(''),
  category: z.enum(ROOT_CAUSES),
  competitorId: optionalId,
});

export const actionItemInputSchema = z.strictObject({
  id: z.uuid().optional(),
  title: z.string().trim().min(1).max(500),
  ownerId: optionalId,
  dueDate: z.union([z.iso.date(), z.literal('').transform(() => null), z.null()]).optional(),
});

export const savePostmortemBodySchema = z.strictObject({
  status: z.enum(POSTMORTEM_STATUSES).default('DRAFT'),
  summary: optionalText(2000),
  whatHappened: optionalText(5000),
  wentWell: optionalText(5000),
  wentWrong: optionalText(5000),
  rootCauses: z.array(z.enum(ROOT_CAUSES)).max(ROOT_CAUSES.length).default([]),
  competitorId: optionalId, // the winning competitor, if known
  /** our price minus the winner's, as a percentage of ours (e.g. 7.5 = we were 7.5% dearer) */
  priceGap: z.union([z.number().min(-100).max(1000), z.null()]).optional(),
  attendees: z.array(z.uuid()).max(50).default([]),
  lessons: z.array(lessonInputSchema).max(50).default([]),
  actionItems: z.array(actionItemInputSchema).max(50).default([]),
  /** the version the writer saw; required to update an existing postmortem (stale → 409) */
  version: z.int().positive().optional(),
});
export type SavePostmortemBody = z.output<typeof savePostmortemBodySchema>;

export const savePostmortemSchema = savePostmortemBodySchema.extend({ opportunityId: z.uuid() });
export type SavePostmortemInput = z.output<typeof savePostmortemSchema>;

export const opportunityIdParamsSchema = z.object({ id: z.uuid() });

export const lessonsQuerySchema = z.strictObject({
  q: z.preprocess(emptyToUndefined, z.string().trim().max(100).optional()),
  category: z.preprocess(emptyToUndefined, z.enum(ROOT_CAUSES).optional()),
  customer: z.preprocess(emptyToUndefined, z.uuid().optional()),
  competitor: z.preprocess(emptyToUndefined, z.uuid().optional()),
  cursor: z.preprocess(emptyToUndefined, z.string().max(200).optional()),
  limit: z.preprocess(emptyToUndefined, z.coerce.number().int().min(1).max(100).default(50)),
});
export type LessonsQuery = z.output<typeof lessonsQuerySchema>;

// ── response shapes (OpenAPI) ──
export const postmortemViewSchema = z.object({
  id: z.uuid(),
  opportunityId: z.uuid(),
  status: z.enum(POSTMORTEM_STATUSES),
  summary: z.string().nullable(),
  whatHappened: z.string().nullable(),
  wentWell: z.string().nullable(),
  wentWrong: z.string().nullable(),
  rootCauses: z.array(z.enum(ROOT_CAUSES)),
  competitorId: z.uuid().nullable(),
  priceGap: z.number().nullable(),
  heldAt: z.string().nullable(),
  attendees: z.array(z.uuid()),
  lessons: z.array(
    z.object({
      id: z.uuid(),
      title: z.string(),
      body: z.string(),
      category: z.enum(ROOT_CAUSES),
      accountId: z.uuid().nullable(),
      competitorId: z.uuid().nullable(),
    }),
  ),
  actionItems: z.array(
    z.object({
      id: z.uuid(),
      title: z.string(),
      ownerId: z.uuid().nullable(),
      dueDate: z.string().nullable(),
      doneAt: z.string().nullable(),
      doneNote: z.string().nullable(),
    }),
  ),
  amendments: z
    .array(z.object({ id: z.uuid(), body: z.string(), authorId: z.uuid(), authorName: z.string(), createdAt: z.string() }))
    .describe('corrections appended after publishing, oldest first'),
  version: z.number().int(),
  updatedAt: z.string(),
  warnings: z.array(z.object({ path: z.string(), term: z.string() })).optional(),
});

export const lessonListSchema = z.object({
  items: z.array(
    z.object({
      id: z.uuid(),
      title: z.string(),
      body: z.string(),
      category: z.enum(ROOT_CAUSES),
      createdAt: z.string(),
      accountId: z.uuid().nullable(),
      accountName: z.string().nullable(),
      competitorId: z.uuid().nullable(),
      competitorName: z.string().nullable(),
      businessCategory: z.string().nullable(),
      postmortemId: z.uuid().nullable(),
      opportunityName: z.string().nullable(),
    }),
  ),
  nextCursor: z.string().nullable(),
});

// after publishing
export const amendmentBody = z.strictObject({ body: z.string().trim().min(1).max(5000) });
export const amendmentInput = amendmentBody.extend({ postmortemId: z.uuid() });
export type AmendmentInput = z.output<typeof amendmentInput>;
export const completeActionItemBody = z.strictObject({ note: optionalText(2000) });
export const completeActionItemInput = completeActionItemBody.extend({ actionItemId: z.uuid() });
export type CompleteActionItemInput = z.output<typeof completeActionItemInput>;
export const idParams = z.strictObject({ id: z.uuid() });

/** GET /api/v1/postmortems/analytics/export: one table of the win/loss page over the last `months` months. */
export const winLossExportQuerySchema = z.object({
  table: z.enum(['category', 'region', 'competitor', 'tier', 'reasons']).default('category'),
  months: z.enum(['3', '6', '12', '24']).default('12'),
});

export const postmortemIdParamsSchema = z.strictObject({ id: z.uuid() });
/** GET /api/v1/postmortems/{id}/export: the record's action items (no filters). */
export const postmortemExportQuerySchema = z.object({});
/** GET /api/v1/postmortems/export: which list of the postmortems page. */
export const postmortemListExportQuerySchema = z.object({ list: z.enum(['pending', 'drafts', 'published']).default('published') });
