import 'server-only';
import { notFound } from 'next/navigation';
import { z } from '@/lib/validation/z';
import { DomainError } from './errors';

/**
 * A record page's record, or the 404 page: an id that is not a UUID, a query that finds nothing
 * (null), and a command that says NOT_FOUND ("missing" and "not yours" look the same) all end in
 * `notFound()`. `const profile = await recordOr404(id, (id) => getExpertProfile(db, session, id));`
 */
export async function recordOr404<T>(id: string, load: (id: string) => Promise<T | null>): Promise<T> {
  if (!z.uuid().safeParse(id).success) notFound();
  const record = await load(id).catch((e: unknown) => {
    if (e instanceof DomainError && e.code === 'NOT_FOUND') notFound();
    throw e;
  });
  if (record === null) notFound();
  return record;
}
