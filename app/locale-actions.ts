'use server';
import { cookies } from 'next/headers';
import { db } from '@/lib/db/client';
import { saveUserLocale } from '@/lib/db/queries/users';
import { getSession } from '@/lib/auth/session';
import { isLocale, LOCALE_COOKIE } from '@/lib/i18n/messages';

// Authorization: choosing a UI language needs no permission (it works on the sign-in page
// too); a signed-in user's choice is also saved on their own user row only.
export async function setLocaleAction(locale: string) {
  if (!isLocale(locale)) return;
  (await cookies()).set(LOCALE_COOKIE, locale, { path: '/', sameSite: 'lax', maxAge: 60 * 60 * 24 * 365 });
  const session = await getSession();
  if (session) await saveUserLocale(db, session.userId, locale);
}
