import { cookies, headers } from 'next/headers';
import { getRequestConfig } from 'next-intl/server';
import { DEFAULT_LOCALE, isLocale, LOCALE_COOKIE, MESSAGES } from './messages';

// No locale in the URL: the choice persists in a cookie (the switch in the shell sets it);
// Korean is the default.
export default getRequestConfig(async () => {
  const fromCookie = (await cookies()).get(LOCALE_COOKIE)?.value;
  let locale = isLocale(fromCookie) ? fromCookie : undefined;
  if (!locale) {
    const accept = (await headers()).get('accept-language') ?? '';
    locale = /^en\b/i.test(accept) && !/\bko\b/i.test(accept) ? 'en' : DEFAULT_LOCALE;
  }
  return { locale, messages: MESSAGES[locale], timeZone: 'Asia/Seoul' };
});
