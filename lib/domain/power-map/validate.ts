import { err, ok, type Result } from '../result';

// Power map edits (issue #12): a person's manager ("reports to") must be another living contact of
// the same account and must not close a loop; power is an influence score 1..5 (or none).

export const POWER_MIN = 1;
export const POWER_MAX = 5;

export type PowerMapPerson = { id: string; reportsToId: string | null };

export type PowerMapEdit = { contactId: string; reportsToId?: string | null; power?: number | null };

export type PowerMapError =
  | { code: 'UNKNOWN_PERSON' }
  | { code: 'SELF_REPORT' }
  | { code: 'UNKNOWN_MANAGER' }
  | { code: 'CYCLE'; path: string[] }
  | { code: 'POWER_RANGE'; min: number; max: number };

/**
 * Checks one edit against the account's people (id → reportsToId, deleted contacts left out).
 * A cycle is found by walking up from the proposed manager: if the walk reaches the edited person,
 * the new edge closes a loop; `path` lists the chain from the person back to itself.
 */
export function checkPowerMapEdit(people: readonly PowerMapPerson[], edit: PowerMapEdit): Result<void, PowerMapError> {
  if (edit.power !== undefined && edit.power !== null) {
    if (!Number.isInteger(edit.power) || edit.power < POWER_MIN || edit.power > POWER_MAX)
      return err({ code: 'POWER_RANGE', min: POWER_MIN, max: POWER_MAX });
  }
  const managerOf = new Map(people.map((p) => [p.id, p.reportsToId]));
  if (!managerOf.has(edit.contactId)) return err({ code: 'UNKNOWN_PERSON' });
  const to = edit.reportsToId;
  if (to === undefined || to === null) return ok(undefined);
  if (to === edit.contactId) return err({ code: 'SELF_REPORT' });
  if (!managerOf.has(to)) return err({ code: 'UNKNOWN_MANAGER' });
  const path = [edit.contactId, to];
  const seen = new Set(path);
  let cur = managerOf.get(to) ?? null;
  while (cur !== null) {
    if (cur === edit.contactId) return err({ code: 'CYCLE', path: [...path, cur] });
    // an existing loop above (data written before this rule) ends the walk rather than spinning
    if (seen.has(cur) || !managerOf.has(cur)) break;
    seen.add(cur);
    path.push(cur);
    cur = managerOf.get(cur) ?? null;
  }
  return ok(undefined);
}
