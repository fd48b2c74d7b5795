'use server';
// Authorization: setting a password through a one-time setup link runs without a session — the
// random link token (only its SHA-256 is stored; 72 h; single use) is the proof. Input is parsed
// with zod; the command locks the token row, checks the password rules and writes in one transaction.
import { db } from '@/lib/db/client';
import { toActionError, type ActionResult } from '@/lib/server/action';
import { completeSetup } from '@/lib/server/commands/people';
import { zodFieldErrors } from '@/lib/server/zod-errors';
import { setupPasswordSchema } from '@/lib/validation/users';

export async function completeSetupAction(
  _prev: ActionResult<{ email: string }> | null,
  form: FormData,
): Promise<ActionResult<{ email: string }>> {
  // a hand-made call may send anything as the form: that is bad input (400-like), never a crash
  const field = (k: string) => (form instanceof FormData ? form.get(k) : undefined);
  const parsed = setupPasswordSchema.safeParse({ token: field('token'), password: field('password'), confirm: field('confirm') });
  if (!parsed.success) return { ok: false, code: 'VALIDATION', error: '', fieldErrors: zodFieldErrors(parsed.error) };
  try {
    return { ok: true, data: await completeSetup(db, parsed.data) };
  } catch (e) {
    return toActionError(e);
  }
}
