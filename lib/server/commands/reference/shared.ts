import 'server-only';
import type { RegionError } from '@/lib/domain/reference';
import { DomainError } from '../../errors';

export function regionError(e: RegionError) {
  const key = e.code === 'COUNTRY_REQUIRED' ? 'countryRequired' : e.code === 'COUNTRY_NOT_ALLOWED' ? 'countryNotAllowed' : 'countryInvalid';
  return new DomainError('UNPROCESSABLE', `reference.errors.${key}`, { fields: [{ path: 'countryCode', message: e.code }] });
}
