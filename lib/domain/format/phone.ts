// Phone numbers as Koreans write them: 010-1234-5678, 02-123-4567, 031-123-4567, 070-1234-5678,
// 1588-1234. Stored numbers are E.164 (+821012345678, see lib/domain/leads/normalize.ts); a
// foreign number keeps its +country form; anything unrecognised is shown as given.
import { EMPTY } from './text';

export function formatPhone(raw: string | null | undefined): string {
  if (raw === null || raw === undefined || raw.trim() === '') return EMPTY;
  const s = raw.trim();
  let digits = s.replace(/\D/g, '');
  if (s.startsWith('+')) {
    if (!digits.startsWith('82')) return s;
    digits = digits.slice(2);
    if (/^(15|16|18)\d{6}$/.test(digits)) return `${digits.slice(0, 4)}-${digits.slice(4)}`;
    digits = digits.startsWith('0') ? digits : `0${digits}`;
  }
  if (/^(15|16|18)\d{6}$/.test(digits)) return `${digits.slice(0, 4)}-${digits.slice(4)}`;
  let m: RegExpExecArray | null;
  if ((m = /^(02)(\d{3,4})(\d{4})$/.exec(digits))) return `${m[1]}-${m[2]}-${m[3]}`;
  if ((m = /^(0[1-7]\d)(\d{3,4})(\d{4})$/.exec(digits))) return `${m[1]}-${m[2]}-${m[3]}`;
  return s;
}
