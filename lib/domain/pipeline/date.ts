// Dates as a Korean sheet writes them: 2026-03-31, 2026.3.31, 2026. 3. 31., 2026/03/31, 20260331,
// or an Excel serial day number. → "YYYY-MM-DD", or a reason.
import { err, ok, type Result } from '@/lib/domain/result';

export function parseSheetDate(raw: string): Result<string | null, string> {
  const v = raw.trim().replace(/\.$/, '');
  if (!v) return ok(null);
  let y: number, m: number, d: number;
  let match = /^(\d{4})\s*[-./년]\s*(\d{1,2})\s*[-./월]\s*(\d{1,2})\s*일?(?:[T ].*)?$/.exec(v);
  if (match) [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  else if ((match = /^(\d{4})(\d{2})(\d{2})$/.exec(v))) [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  else if (/^\d{4,5}(\.0+)?$/.test(v)) {
    const serial = Math.floor(Number(v)); // Excel: day 1 = 1900-01-01 (with its 1900 leap-year bug)
    if (serial < 20000 || serial > 80000) return err('badDate');
    const t = Date.UTC(1899, 11, 30) + serial * 86_400_000;
    return ok(new Date(t).toISOString().slice(0, 10));
  } else return err('badDate');
  const dt = new Date(Date.UTC(y, m - 1, d));
  if (y < 1990 || y > 2100 || dt.getUTCMonth() !== m - 1 || dt.getUTCDate() !== d) return err('badDate');
  return ok(dt.toISOString().slice(0, 10));
}
