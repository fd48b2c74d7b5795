import 'server-only';
import type { Db } from '@/lib/db/client';
import type { DomainError } from '../../errors';
import { refusal } from '../refusal';

/**
 * The refusal when the scoped load (lib/db/access.ts) found no editable opportunity: everyone may
 * read the pipeline (lib/domain/access mayRead), so an existing deal outside the caller's edit
 * scope is FORBIDDEN ("권한이 없습니다"), and only a missing one is NOT_FOUND (issue 14).
 */
export async function opportunityRefusal(db: Db, id: string): Promise<DomainError> {
  return refusal(db, 'opportunity', id);
}
