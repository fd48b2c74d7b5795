// 사업자등록번호 (Korean business registration number): 10 digits, the last a check digit.
// Weights 1,3,7,1,3,7,1,3,5 on the first nine digits, plus floor(d[8]*5/10);
// check = (10 - sum % 10) % 10.

const WEIGHTS = [1, 3, 7, 1, 3, 7, 1, 3, 5] as const;

export function brnCheckDigit(first9: string): number {
  if (!/^\d{9}$/.test(first9)) throw new Error(`need 9 digits, got ${first9}`);
  const d = [...first9].map(Number);
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += d[i]! * WEIGHTS[i]!;
  sum += Math.floor((d[8]! * 5) / 10);
  return (10 - (sum % 10)) % 10;
}

export function isValidBrn(brn: string): boolean {
  return /^\d{10}$/.test(brn) && brnCheckDigit(brn.slice(0, 9)) === Number(brn[9]);
}

/** A valid number from a 3-digit office code, a 2-digit type code (81 = 법인 본점) and a serial. */
export function makeBrn(office: number, type: number, serial: number): string {
  const first9 = `${String(office).padStart(3, '0')}${String(type).padStart(2, '0')}${String(serial).padStart(4, '0')}`;
  return first9 + brnCheckDigit(first9);
}

/** 123-45-67890 as people write it. */
export const formatBrn = (brn: string) => `${brn.slice(0, 3)}-${brn.slice(3, 5)}-${brn.slice(5)}`;
