import { DomainError } from '@/lib/server/errors';

/** The DomainError the command refused with (anything else it throws is rethrown; success fails the test). */
export async function domainError(p: Promise<unknown>): Promise<DomainError> {
  try {
    await p;
  } catch (e) {
    if (e instanceof DomainError) return e;
    throw e;
  }
  throw new Error('expected a DomainError');
}
