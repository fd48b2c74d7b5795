import { COUNTRY_NAMES } from './countries';
import { EMPTY, type FormatLocale } from './text';

/** "KR" → "대한민국" / "South Korea"; an unknown code is shown as given. */
export function formatCountry(code: string | null | undefined, locale: FormatLocale): string {
  if (!code) return EMPTY;
  const names = COUNTRY_NAMES[code.toUpperCase()];
  return names ? names[locale === 'ko' ? 0 : 1] : code;
}
