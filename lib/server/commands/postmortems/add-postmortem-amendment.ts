import 'server-only';
import { assertCan } from '@/lib/server/authorize';
import type { AppSession } from '@/lib/auth/session';
import type { DbClient } from '@/lib/db/client';
import { getAmendablePostmortem, insertAmendment } from '@/lib/db/queries/postmortem-writes';
import { canAmend } from '@/lib/domain/postmortems';
import type { AmendmentInput } from '@/lib/validation/postmortems';
import { auditChange } from '../../audit';
import { DomainError } from '../../errors';
import { refusal } from '../refusal';

/**
 * Append a correction to a published postmortem: the record itself never changes; the amendment
 * carries its author and time and is shown under it. Who: those who may write the deal's
 * postmortem (lib/db/access scope; a readable record outside it → 403, a missing one → 404). A draft → 422 (edit it).
 */
export async function addPostmortemAmendment(db: DbClient, session: AppSession, input: AmendmentInput) {
  assertCan(session, 'postmortem:amend');
  return db.$transaction(async (tx) => {
    const pm = await getAmendablePostmortem(tx, session, input.postmortemId);
    if (!pm) throw await refusal(tx, 'postmortem', input.postmortemId);
    const ok = canAmend(pm.status, input.body);
    if (!ok.ok)
      throw ok.error === 'EMPTY'
        ? new DomainError('VALIDATION', 'validation', { fields: [{ path: 'body', message: 'required' }] })
        : new DomainError('UNPROCESSABLE', 'postmortems.errors.notPublished');
    const row = await insertAmendment(tx, { postmortemId: pm.id, authorId: session.userId, body: ok.value });
    await auditChange(tx, session, 'postmortem.amend', 'Postmortem', pm.id, {
      after: { amendmentId: row.id, body: row.body },
    });
    return {
      id: row.id,
      postmortemId: pm.id,
      body: row.body,
      authorId: row.authorId,
      authorName: row.author.name,
      createdAt: row.createdAt.toISOString(),
    };
  });
}
