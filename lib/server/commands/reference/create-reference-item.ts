import 'server-only';
import type { DbClient } from '@/lib/db/client';
import type { AppSession } from '@/lib/auth/session';
import { appendReferenceItem, findReferenceItem, REFERENCE_ENTITY, referenceCodeTaken } from '@/lib/db/queries/reference';
import { checkRegion, type ReferenceKind } from '@/lib/domain/reference';
import { REFERENCE_CREATE } from '@/lib/validation/reference';
import { auditChange } from '../../audit';
import { DomainError } from '../../errors';
import { zodFields } from '../../zod-errors';
import { requirePermission } from '../people/shared';
import { regionError } from './shared';

/** Add a reason, business category, sales region or VRB stage at the end of its list (admins). */
export async function createReferenceItem(db: DbClient, session: AppSession, kind: ReferenceKind, raw: unknown) {
  requirePermission(session, 'settings:manage');
  const parsed = REFERENCE_CREATE[kind].safeParse(raw);
  if (!parsed.success) throw new DomainError('VALIDATION', 'validation', { fields: zodFields(parsed.error) });
  const input = parsed.data as Record<string, unknown> & { code: string; kind?: string };
  const data = { ...input };
  if (kind === 'regions') {
    const country = checkRegion(input.scope as 'DOMESTIC' | 'OVERSEAS', input.countryCode as string | null | undefined);
    if (!country.ok) throw regionError(country.error);
    data.countryCode = country.value;
  }
  if (kind === 'vrb-stages') data.usualTier = input.usualTier ?? null;
  return db.$transaction(async (tx) => {
    if (await referenceCodeTaken(tx, kind, input.code, input.kind))
      throw new DomainError('CONFLICT', 'reference.errors.codeTaken', {
        params: { code: input.code },
        fields: [{ path: 'code', message: 'taken' }],
      });
    const id = await appendReferenceItem(tx, kind, data);
    const item = await findReferenceItem(tx, kind, id);
    await auditChange(tx, session, 'reference.create', REFERENCE_ENTITY[kind], id, { after: item });
    return item!;
  });
}
