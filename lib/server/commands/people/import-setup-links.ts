import 'server-only';
import type { AppSession } from '@/lib/auth/session';
import type { DbClient } from '@/lib/db/client';
import { findImportBatchOfKind } from '@/lib/db/queries/import-batches';
import { peopleCreatedByImport } from '@/lib/db/queries/setup-tokens';
import { auditChange } from '../../audit';
import { DomainError, notFound } from '../../errors';
import { issueSetupTokens, requirePermission } from './shared';

export type ImportSetupLink = { name: string; email: string; path: string; expiresAt: Date };

/**
 * The one-time setup links of everyone a people import created (no email server: the admin hands
 * them out). Made when asked: a new random token per person, only its hash stored, 72 h, single
 * use; asking again issues new links and voids the earlier unused ones. The links exist only in
 * this answer (shown once); the audit row names the people, never a token.
 */
export async function issueImportSetupLinks(db: DbClient, session: AppSession, batchId: string): Promise<ImportSetupLink[]> {
  requirePermission(session, 'users:manage');
  const now = new Date();
  return db.$transaction(async (tx) => {
    const batch = await findImportBatchOfKind(tx, batchId, 'PEOPLE');
    if (!batch) throw notFound();
    if (batch.status !== 'DONE' || batch.dryRun) throw new DomainError('UNPROCESSABLE', 'people.import.links.notImported');
    const people = await peopleCreatedByImport(tx, batchId);
    if (!people.length) throw new DomainError('UNPROCESSABLE', 'people.import.links.nobody');
    const links = await issueSetupTokens(
      tx,
      people.map((p) => p.id),
      session.userId,
      now,
    );
    await auditChange(tx, session, 'user.import_setup_links', 'ImportBatch', batchId, {
      after: { userIds: people.map((p) => p.id), expiresAt: links[0]!.expiresAt },
    });
    return people.map((p, i) => ({ name: p.name, email: p.email, path: links[i]!.path, expiresAt: links[i]!.expiresAt }));
  });
}
