import 'server-only';
import type { DbClient, Db } from '@/lib/db/client';
import { hashPassword } from '@/lib/auth/password';
import { checkPassword, personalWords, setupTokenState } from '@/lib/domain/people';
import { audit } from '../../audit';
import { DomainError } from '../../errors';
import { hashSetupToken, passwordError } from './shared';
import { findSetupToken, lockSetupToken, markSetupTokenUsed } from '@/lib/db/queries/setup-tokens';
import { getUserIdentity, setUserPassword } from '@/lib/db/queries/users';
import { endUserSessions } from '@/lib/db/queries/sessions';

/** What the public /setup/<token> page shows before the form: whose link, still usable? */
export async function inspectSetupToken(db: Db, token: string) {
  const row = await findSetupToken(db, hashSetupToken(token));
  const state = row?.user.disabledAt ? 'UNKNOWN' : setupTokenState(row, new Date());
  return { state, user: state === 'VALID' && row ? { name: row.user.name, email: row.user.email } : null };
}

/**
 * The person sets their own password through the link (no session: the token is the proof).
 * Single use under a row lock; the password must pass the rules; every existing session of the
 * person ends (a reset link used by the rightful owner locks out whoever had the old password).
 */
export async function completeSetup(db: DbClient, input: { token: string; password: string; confirm: string }) {
  const now = new Date();
  const tokenHash = hashSetupToken(input.token);
  return db.$transaction(async (tx) => {
    const row = await lockSetupToken(tx, tokenHash);
    const user = row ? await getUserIdentity(tx, row.userId) : null;
    const state = !row || !user || user.disabledAt ? 'UNKNOWN' : setupTokenState(row, now);
    if (state !== 'VALID') throw new DomainError('UNPROCESSABLE', `people.errors.setup.${state.toLowerCase()}`, { details: { state } });
    if (input.password !== input.confirm)
      throw new DomainError('UNPROCESSABLE', 'people.errors.password.mismatch', { fields: [{ path: 'confirm', message: 'mismatch' }] });
    const rule = checkPassword(input.password, personalWords(user!));
    if (!rule.ok) throw passwordError(rule.error);
    await setUserPassword(tx, user!.id, await hashPassword(input.password));
    await markSetupTokenUsed(tx, row!.id, now);
    await endUserSessions(tx, user!.id);
    await audit(tx, { actorId: user!.id, action: 'user.password_setup', entityType: 'User', entityId: user!.id });
    return { email: user!.email };
  });
}
