'use server';
// Authorization: sign-in is the one action that runs without a session (it creates one, behind a
// rate limit); sign-out only deletes the caller's own session. Every other action uses defineAction.
import { cookies, headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { z } from '@/lib/validation/z';
import { db } from '@/lib/db/client';
import { SESSION_COOKIE, SESSION_MAX_AGE_S, secureCookie } from '@/lib/auth/config';
import { createSession, deleteSession, verifyCredentials } from '@/lib/server/commands/sign-in';
import { toActionError, type ActionResult } from '@/lib/server/action';
import { zodFieldErrors } from '@/lib/server/zod-errors';
import { requestAddress } from '@/lib/server/client-address';

const signInSchema = z.object({
  email: z.string().trim().email().max(254),
  password: z.string().min(1).max(200),
  next: z.string().optional(),
});

// Sign-in is the one action without a session: it authenticates (rate-limited per email and
// address), writes the database session and sets its cookie.
export async function signInAction(_prev: ActionResult | null, form: FormData): Promise<ActionResult> {
  // anyone can post any arguments to an action id: no form is bad input, not a 500
  if (!(form instanceof FormData)) return { ok: false, code: 'VALIDATION', error: '' };
  const parsed = signInSchema.safeParse(Object.fromEntries(form));
  if (!parsed.success) return { ok: false, code: 'VALIDATION', error: '', fieldErrors: zodFieldErrors(parsed.error) };
  const h = await headers();
  const ip = requestAddress(h); // the socket peer; X-Forwarded-For only through TRUSTED_PROXIES
  try {
    const { userId } = await verifyCredentials(db, { ...parsed.data, ip });
    const { sessionToken, expires } = await createSession(db, userId);
    (await cookies()).set(SESSION_COOKIE, sessionToken, {
      httpOnly: true,
      sameSite: 'lax',
      path: '/',
      secure: secureCookie,
      expires,
      maxAge: SESSION_MAX_AGE_S,
    });
  } catch (e) {
    return toActionError(e);
  }
  const next = parsed.data.next;
  redirect(next && next.startsWith('/') && !next.startsWith('//') ? next : '/');
}

export async function signOutAction() {
  const jar = await cookies();
  const token = jar.get(SESSION_COOKIE)?.value;
  if (token) await deleteSession(db, token);
  jar.delete(SESSION_COOKIE);
  redirect('/login');
}
