import 'server-only';
import type { Db } from '@/lib/db/client';
import { getOpportunity } from '@/lib/db/queries/opportunities';
import { getSettings } from '../../settings';
import { notFound } from '../../errors';
import { serializeOpportunity } from './serialize';

export async function getOpportunityOrThrow(db: Db, id: string) {
  const [row, settings] = await Promise.all([getOpportunity(db, id), getSettings(db)]);
  if (!row) throw notFound();
  return serializeOpportunity(row, settings.horizonBounds);
}
