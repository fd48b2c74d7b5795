import 'server-only';
import type { Db } from '@/lib/db/client';
import type { AppSession } from '@/lib/auth/session';
import { translateError } from '@/lib/i18n/translate';
import { DomainError, type ErrorCode } from '../../errors';

// Shared by the VRB write commands: error construction and the response shapes.

/** A rule refusal with a translated message under vrb.errors.*, optionally tied to a form field. */
export function vrbError(
  session: AppSession,
  code: ErrorCode,
  key: string,
  opts: { params?: Record<string, string | number>; details?: unknown; field?: string } = {},
) {
  const full = `vrb.errors.${key}`;
  return new DomainError(code, full, {
    params: opts.params ?? {},
    fields: opts.field ? [{ path: opts.field, message: translateError(session.locale, full, opts.params) }] : undefined,
    details: opts.details,
  });
}

export const findingSelect = {
  id: true,
  reviewId: true,
  domain: true,
  issue: true,
  severity: true,
  requiredFix: true,
  status: true,
  answer: true,
  answeredAt: true,
  resolvedAt: true,
  createdAt: true,
  version: true,
} as const;

export async function getFinding(db: Db, id: string) {
  return db.vrbFinding.findUnique({ where: { id }, select: findingSelect });
}

export async function getReviewSummary(db: Db, id: string) {
  const r = await db.vrbReview.findUnique({
    where: { id },
    select: {
      id: true,
      opportunityId: true,
      scheduledAt: true,
      heldAt: true,
      status: true,
      version: true,
      stage: { select: { order: true, code: true } },
    },
  });
  return r ? serializeReview(r) : null;
}

export function serializeReview(r: {
  id: string;
  opportunityId: string;
  scheduledAt: Date;
  heldAt: Date | null;
  status: string;
  version: number;
  stage: { order: number; code: string };
}) {
  return {
    id: r.id,
    opportunityId: r.opportunityId,
    stage: r.stage.order,
    stageCode: r.stage.code,
    scheduledAt: r.scheduledAt,
    heldAt: r.heldAt,
    status: r.status,
    version: r.version,
  };
}
