import { z } from '@/lib/validation/z';

// The audit trail viewer (/settings/audit, its action and GET /api/v1/audit): filters, keyset
// cursor, page size. Dates are calendar days in Asia/Seoul, `to` inclusive.
const empty = (v: unknown) => (v === '' || v === null ? undefined : v);

export const AUDIT_ENTITY_TYPES = [
  'Opportunity',
  'Lead',
  'Account',
  'ImportBatch',
  'Postmortem',
  'TierReview',
  'TierReviewItem',
  'VrbReview',
  'VrbFinding',
  'VrbOpinion',
  'User',
  'Reason',
  'Setting',
  'ApiToken',
] as const;

export const auditQuerySchema = z
  .strictObject({
    actor: z.preprocess(empty, z.uuid().optional()),
    entityType: z.preprocess(
      empty,
      z
        .string()
        .trim()
        .max(60)
        .regex(/^[A-Za-z]+$/)
        .optional(),
    ),
    entityId: z.preprocess(empty, z.string().trim().max(100).optional()),
    action: z.preprocess(
      empty,
      z
        .string()
        .trim()
        .max(100)
        .regex(/^[A-Za-z.]+$/)
        .optional(),
    ),
    from: z.preprocess(empty, z.iso.date().optional()),
    to: z.preprocess(empty, z.iso.date().optional()),
    cursor: z.preprocess(empty, z.string().max(200).optional()),
    limit: z.preprocess(empty, z.coerce.number().int().min(1).max(200).default(50)),
  })
  .refine((q) => !q.from || !q.to || q.from <= q.to, { path: ['to'], message: 'to is before from' });
export type AuditQuery = z.output<typeof auditQuerySchema>;

// a key that did not exist before (a create, a newly filled field) has no `before`; one that was removed has no `after`:
// the JSON leaves them out (never null for "absent": null is a real value)
export const auditChangeSchema = z.object({ key: z.string(), before: z.unknown().optional(), after: z.unknown().optional() });
export const auditItemSchema = z.object({
  id: z.string(),
  at: z.string(),
  actorId: z.string().nullable(),
  actorName: z.string().nullable(),
  action: z.string(),
  entityType: z.string(),
  entityId: z.string(),
  entityLabel: z.string().nullable(),
  href: z.string().nullable(),
  before: z.unknown(),
  after: z.unknown(),
  changes: z.array(auditChangeSchema),
});
export const auditPageSchema = z.object({ items: z.array(auditItemSchema), nextCursor: z.string().nullable() });
