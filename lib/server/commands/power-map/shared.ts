import 'server-only';
import type { Db } from '@/lib/db/client';
import { activeUserExists, contactNames, loadReportsToForest } from '@/lib/db/queries/power-map';
import { checkPowerMapEdit, type PowerMapEdit, type PowerMapError } from '@/lib/domain/power-map/validate';
import { DomainError } from '@/lib/server/errors';

export function powerMapError(e: PowerMapError, names: Map<string, string>): DomainError {
  switch (e.code) {
    case 'CYCLE':
      return new DomainError('UNPROCESSABLE', 'powerMap.errors.cycle', {
        params: { chain: e.path.map((id) => names.get(id) ?? id).join(' → ') },
        details: { path: e.path },
        fields: [{ path: 'reportsToId', message: 'this manager would close a reports-to loop' }],
      });
    case 'SELF_REPORT':
      return new DomainError('VALIDATION', 'powerMap.errors.self', {
        fields: [{ path: 'reportsToId', message: 'a person cannot report to themself' }],
      });
    case 'UNKNOWN_MANAGER':
      return new DomainError('VALIDATION', 'powerMap.errors.unknownManager', {
        fields: [{ path: 'reportsToId', message: 'not a contact of this account' }],
      });
    case 'UNKNOWN_PERSON':
      return new DomainError('NOT_FOUND', 'notFound');
    case 'POWER_RANGE':
      return new DomainError('VALIDATION', 'powerMap.errors.power', {
        params: { min: e.min, max: e.max },
        fields: [{ path: 'power', message: `power is ${e.min}–${e.max}` }],
      });
  }
}

/**
 * The checks every power-map write makes inside its transaction (after the account lock): the
 * domain rule on the account's reports-to forest, then the relationship owner is an enabled user.
 * `extra` is a person not yet written (the add command's new contact).
 */
export async function checkEdit(tx: Db, accountId: string, edit: PowerMapEdit & { relationshipOwnerId?: string | null }, extra?: string) {
  const forest = await loadReportsToForest(tx, accountId);
  const people = extra ? [...forest, { id: extra, reportsToId: null }] : forest;
  const r = checkPowerMapEdit(people, edit);
  if (!r.ok) {
    const names = new Map<string, string>();
    if (r.error.code === 'CYCLE') for (const p of await contactNames(tx, r.error.path)) names.set(p.id, p.name);
    throw powerMapError(r.error, names);
  }
  if (edit.relationshipOwnerId && !(await activeUserExists(tx, edit.relationshipOwnerId)))
    throw new DomainError('VALIDATION', 'powerMap.errors.unknownOwner', {
      fields: [{ path: 'relationshipOwnerId', message: 'not an enabled user' }],
    });
}
