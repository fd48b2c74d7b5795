// Time in Korea: the one place that knows Asia/Seoul is UTC+9 (no daylight saving since 1988).
// Calendar days are 'YYYY-MM-DD' strings and months 'YYYY-MM'; instants are Dates. Pure: the
// clock is a parameter (`now`), and nothing reads the host's TZ or ICU data, so the server, the
// browser and the tests agree whatever machine they run on.

export const KOREA_OFFSET_MS = 9 * 3_600_000;
const DAY_MS = 86_400_000;

/** The wall-clock fields of an instant in Korea (weekday: 0 = Sunday). */
export type KoreaParts = {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  weekday: number;
};

export function koreaParts(instant: Date): KoreaParts {
  const k = new Date(instant.getTime() + KOREA_OFFSET_MS);
  return {
    year: k.getUTCFullYear(),
    month: k.getUTCMonth() + 1,
    day: k.getUTCDate(),
    hour: k.getUTCHours(),
    minute: k.getUTCMinutes(),
    second: k.getUTCSeconds(),
    weekday: k.getUTCDay(),
  };
}

/** The calendar day ('YYYY-MM-DD') an instant falls on in Korea. */
export function koreaDate(instant: Date): string {
  return new Date(instant.getTime() + KOREA_OFFSET_MS).toISOString().slice(0, 10);
}

/** Today in Korea ('YYYY-MM-DD'); `now` is the caller's clock. */
export const koreaToday = (now: Date): string => koreaDate(now);

/** The month ('YYYY-MM') an instant falls in, in Korea. */
export function koreaMonth(instant: Date): string {
  return koreaDate(instant).slice(0, 7);
}

/** The instant a Korean calendar day starts (00:00 KST). */
export function startOfKoreanDay(isoDate: string): Date {
  return new Date(Date.parse(`${isoDate}T00:00:00Z`) - KOREA_OFFSET_MS);
}

/** The instant a Korean calendar day ends: 00:00 KST of the next day (an exclusive bound). */
export function endOfKoreanDay(isoDate: string): Date {
  return new Date(startOfKoreanDay(isoDate).getTime() + DAY_MS);
}

/** The instant a Korean calendar month ('YYYY-MM') starts. */
export function startOfKoreanMonth(month: string): Date {
  return startOfKoreanDay(`${month}-01`);
}

/** A calendar day moved by `n` days (n may be negative). */
export function addDays(isoDate: string, n: number): string {
  return new Date(Date.parse(`${isoDate}T00:00:00Z`) + n * DAY_MS).toISOString().slice(0, 10);
}

/** Whole days from calendar day `a` to calendar day `b`. */
export function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / DAY_MS);
}

/** An instant as the value of an <input type="datetime-local"> in Korea time: 'YYYY-MM-DDTHH:mm'. */
export function koreaLocalInput(instant: Date): string {
  return new Date(instant.getTime() + KOREA_OFFSET_MS).toISOString().slice(0, 16);
}

/** 'YYYY-MM-DDTHH:mm' read as Korea time → the instant; null when malformed. */
export function fromKoreaLocalInput(local: string): Date | null {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(local)) return null;
  const d = new Date(`${local}:00.000Z`);
  return Number.isNaN(d.getTime()) ? null : new Date(d.getTime() - KOREA_OFFSET_MS);
}
