// 사업자등록번호 (Korean business registration number) for the demo accounts: the check digit
// comes from the one validator in lib (lib/domain/leads/normalize.ts), never a second copy.
import { withBrnCheckDigit } from '../../lib/domain/leads/normalize';

/** A valid number from a 3-digit office code, a 2-digit type code (81 = 법인 본점) and a serial. */
export function makeBrn(office: number, type: number, serial: number): string {
  const first9 = `${String(office).padStart(3, '0')}${String(type).padStart(2, '0')}${String(serial).padStart(4, '0')}`;
  return withBrnCheckDigit(first9);
}
