import 'server-only';
import type { DbClient } from '@/lib/db/client';
import type { AppSession } from '@/lib/auth/session';
import { checkRegion, type ReferenceKind } from '@/lib/domain/reference';
import { REFERENCE_CREATE } from '@/lib/validation/reference';
import { audit } from '../../audit';
import { DomainError } from '../../errors';
import { zodFields } from '../../zod-errors';
import { requirePermission } from '../people/shared';
import { ENTITY_OF, findItem } from './kinds';
import { regionError } from './shared';

/** Add a reason, business category, sales region or VRB stage at the end of its list (admins). */
export async function createReferenceItem(db: DbClient, session: AppSession, kind: ReferenceKind, raw: unknown) {
  requirePermission(session, 'settings:manage');
  const parsed = REFERENCE_CREATE[kind].safeParse(raw);
  if (!parsed.success) throw new DomainError('VALIDATION', 'validation', { fields: zodFields(parsed.error) });
  const input = parsed.data as Record<string, unknown> & { code: string };
  return db.$transaction(async (tx) => {
    const taken = () =>
      new DomainError('CONFLICT', 'reference.errors.codeTaken', {
        params: { code: input.code },
        fields: [{ path: 'code', message: 'taken' }],
      });
    let id: string;
    switch (kind) {
      case 'reasons': {
        const i = input as { kind: 'WON'; code: string; labelKo: string; labelEn: string };
        if (await tx.reason.findUnique({ where: { kind_code: { kind: i.kind, code: i.code } } })) throw taken();
        const max = await tx.reason.aggregate({ where: { kind: i.kind }, _max: { sortOrder: true } });
        id = (await tx.reason.create({ data: { ...i, sortOrder: (max._max.sortOrder ?? 0) + 1 } })).id;
        break;
      }
      case 'categories': {
        const i = input as { code: string; nameKo: string; nameEn: string };
        if (await tx.businessCategory.findUnique({ where: { code: i.code } })) throw taken();
        const max = await tx.businessCategory.aggregate({ _max: { sortOrder: true } });
        id = (await tx.businessCategory.create({ data: { ...i, sortOrder: (max._max.sortOrder ?? 0) + 1 } })).id;
        break;
      }
      case 'regions': {
        const i = input as { code: string; nameKo: string; nameEn: string; scope: 'DOMESTIC' | 'OVERSEAS'; countryCode?: string | null };
        const country = checkRegion(i.scope, i.countryCode);
        if (!country.ok) throw regionError(country.error);
        if (await tx.salesRegion.findUnique({ where: { code: i.code } })) throw taken();
        const max = await tx.salesRegion.aggregate({ _max: { sortOrder: true } });
        id = (await tx.salesRegion.create({ data: { ...i, countryCode: country.value, sortOrder: (max._max.sortOrder ?? 0) + 1 } })).id;
        break;
      }
      case 'vrb-stages': {
        const i = input as {
          code: string;
          nameKo: string;
          nameEn: string;
          requiredDomains: ('FINANCE' | 'LEGAL' | 'PROCUREMENT' | 'TECHNOLOGY')[];
          usualTier?: number | null;
          isBidApproval?: boolean;
        };
        if (await tx.vrbStage.findUnique({ where: { code: i.code } })) throw taken();
        const max = await tx.vrbStage.aggregate({ _max: { order: true } });
        id = (await tx.vrbStage.create({ data: { ...i, usualTier: i.usualTier ?? null, order: (max._max.order ?? 0) + 1 } })).id;
        break;
      }
    }
    const item = await findItem(tx, kind, id);
    await audit(tx, { actorId: session.userId, action: 'reference.create', entityType: ENTITY_OF[kind], entityId: id, after: item });
    return item!;
  });
}
