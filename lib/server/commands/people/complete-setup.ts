import 'server-only';
import type { DbClient, Db } from '@/lib/db/client';
import { hashPassword } from '@/lib/auth/password';
import { checkPassword, personalWords, setupTokenState } from '@/lib/domain/people';
import { audit } from '../../audit';
import { DomainError } from '../../errors';
import { hashSetupToken, passwordError } from './shared';

/** What the public /setup/<token> page shows before the form: whose link, still usable? */
export async function inspectSetupToken(db: Db, token: string) {
  const row = await db.userSetupToken.findUnique({
    where: { tokenHash: hashSetupToken(token) },
    select: { expiresAt: true, usedAt: true, user: { select: { name: true, email: true, disabledAt: true } } },
  });
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
    const [row] = await tx.$queryRaw<{ id: string; userId: string; expiresAt: Date; usedAt: Date | null }[]>`
      SELECT id, "userId", "expiresAt", "usedAt" FROM "UserSetupToken" WHERE "tokenHash" = ${tokenHash} FOR UPDATE`;
    const user = row
      ? await tx.user.findUnique({ where: { id: row.userId }, select: { id: true, name: true, email: true, disabledAt: true } })
      : null;
    const state = !row || !user || user.disabledAt ? 'UNKNOWN' : setupTokenState(row, now);
    if (state !== 'VALID') throw new DomainError('UNPROCESSABLE', `people.errors.setup.${state.toLowerCase()}`, { details: { state } });
    if (input.password !== input.confirm)
      throw new DomainError('UNPROCESSABLE', 'people.errors.password.mismatch', { fields: [{ path: 'confirm', message: 'mismatch' }] });
    const rule = checkPassword(input.password, personalWords(user!));
    if (!rule.ok) throw passwordError(rule.error);
    await tx.user.update({
      where: { id: user!.id },
      data: { passwordHash: await hashPassword(input.password), version: { increment: 1 } },
    });
    await tx.userSetupToken.update({ where: { id: row!.id }, data: { usedAt: now } });
    await tx.session.deleteMany({ where: { userId: user!.id } });
    await audit(tx, { actorId: user!.id, action: 'user.password_setup', entityType: 'User', entityId: user!.id });
    return { email: user!.email };
  });
}
