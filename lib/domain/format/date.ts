// Dates and times as Koreans (and English readers) read them, always in Korea time, written by
// hand from fixed tables so the server (whatever ICU data it has) and the browser print the same
// string. Korean times read "오후 3:05" (12-hour with 오전/오후), English "3:05 PM"; years always
// have four digits. See ADR 012.
import { koreaParts } from '../time/korea';
import { EMPTY, type FormatLocale } from './text';

const MONTHS_EN = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const WEEKDAYS_KO = ['일', '월', '화', '수', '목', '금', '토'];
const WEEKDAYS_EN = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

export type DateInput = Date | string | null | undefined;
type Day = { year: number; month: number; day: number; weekday: number };

/** A 'YYYY-MM-DD' string is a calendar day as is; any other value is an instant, read in Korea. */
function dayOf(v: Exclude<DateInput, null | undefined>): Day | null {
  if (typeof v === 'string') {
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(v);
    if (m) {
      const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
      return { year, month, day, weekday: new Date(Date.UTC(year, month - 1, day)).getUTCDay() };
    }
  }
  const d = typeof v === 'string' ? new Date(v) : v;
  if (Number.isNaN(d.getTime())) return null;
  return koreaParts(d);
}

function instantOf(v: Exclude<DateInput, null | undefined>): Date | null {
  const d = typeof v === 'string' ? new Date(v) : v;
  return Number.isNaN(d.getTime()) ? null : d;
}

function dayText(p: Day, locale: FormatLocale, weekday: boolean): string {
  if (locale === 'ko') return `${p.year}. ${p.month}. ${p.day}.${weekday ? ` (${WEEKDAYS_KO[p.weekday]})` : ''}`;
  return `${weekday ? `${WEEKDAYS_EN[p.weekday]}, ` : ''}${MONTHS_EN[p.month - 1]} ${p.day}, ${p.year}`;
}

const pad2 = (n: number) => String(n).padStart(2, '0');

function timeText(hour: number, minute: number, second: number | null, locale: FormatLocale): string {
  const h12 = hour % 12 === 0 ? 12 : hour % 12;
  const hm = `${h12}:${pad2(minute)}${second === null ? '' : `:${pad2(second)}`}`;
  if (locale === 'ko') return `${hour < 12 ? '오전' : '오후'} ${hm}`;
  return `${hm} ${hour < 12 ? 'AM' : 'PM'}`;
}

/** "2026. 12. 5." / "Dec 5, 2026" (with `weekday`: "2026. 12. 5. (토)" / "Sat, Dec 5, 2026"). */
export function formatDate(v: DateInput, locale: FormatLocale, opts: { weekday?: boolean } = {}): string {
  if (v === null || v === undefined || v === '') return EMPTY;
  const p = dayOf(v);
  return p ? dayText(p, locale, !!opts.weekday) : EMPTY;
}

/** "오후 3:05" / "3:05 PM" (Korea time; `seconds` adds ":09"). */
export function formatTime(v: DateInput, locale: FormatLocale, opts: { seconds?: boolean } = {}): string {
  if (v === null || v === undefined || v === '') return EMPTY;
  const d = instantOf(v);
  if (!d) return EMPTY;
  const p = koreaParts(d);
  return timeText(p.hour, p.minute, opts.seconds ? p.second : null, locale);
}

/** "2026. 12. 5. 오후 3:05" / "Dec 5, 2026, 3:05 PM" (Korea time). */
export function formatDateTime(v: DateInput, locale: FormatLocale, opts: { seconds?: boolean; weekday?: boolean } = {}): string {
  if (v === null || v === undefined || v === '') return EMPTY;
  const d = instantOf(v);
  if (!d) return EMPTY;
  const p = koreaParts(d);
  const day = dayText(p, locale, !!opts.weekday);
  const time = timeText(p.hour, p.minute, opts.seconds ? p.second : null, locale);
  return locale === 'ko' ? `${day} ${time}` : `${day}, ${time}`;
}

/** A month 'YYYY-MM' (or an instant's month in Korea): "2026년 12월" / "Dec 2026". */
export function formatMonth(v: DateInput, locale: FormatLocale): string {
  if (v === null || v === undefined || v === '') return EMPTY;
  const m = typeof v === 'string' ? /^(\d{4})-(\d{2})$/.exec(v) : null;
  const p = m ? { year: Number(m[1]), month: Number(m[2]) } : dayOf(v);
  if (!p) return EMPTY;
  return locale === 'ko' ? `${p.year}년 ${p.month}월` : `${MONTHS_EN[p.month - 1]} ${p.year}`;
}
