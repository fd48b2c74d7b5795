// The one formatting module (ADR 012): every date, time, amount, number, percentage, phone
// number, country and duration on screen goes through these functions. They are pure and
// host-independent: Korea time from lib/domain/time/korea.ts, hand-written month/weekday/오전·오후
// tables, no Intl, no toLocaleString, so server and browser render the same string.
export { EMPTY, formatDays, formatNumber, formatPercent, formatRatio, groupDigits, type FormatLocale } from './text';
export { formatDate, formatDateTime, formatMonth, formatTime, type DateInput } from './date';
export { formatKrw, formatKrwColumn, formatKrwIn, krwColumnUnit, krwUnitFor, sumAmounts, type KrwUnit } from './money';
export { formatPhone } from './phone';
export { formatCountry } from './country';
