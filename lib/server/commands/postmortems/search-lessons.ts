import 'server-only';
import { z } from '@/lib/validation/z';
import { cursorCodec, cursorParts } from '@/lib/domain/pagination/cursor';
import type { Db } from '@/lib/db/client';
import { searchLessons as queryLessons, type LessonRow } from '@/lib/db/queries/postmortems';
import type { LessonsQuery } from '@/lib/validation/postmortems';
import { DomainError } from '../../errors';

// Lessons search: the library page and GET /api/v1/lessons call this one function.

export type LessonItem = Omit<LessonRow, 'cursorAt'>;

/** Keyset cursor of the lessons list: [epoch microseconds, id] of the last row. */
const lessonCursor = cursorCodec(z.tuple([cursorParts.integer, cursorParts.uuid]));

/** One keyset page of lessons, newest first: `{ items, nextCursor }` (null on the last page). */
export async function searchLessons(
  db: Db,
  query: LessonsQuery,
  locale: 'ko' | 'en',
): Promise<{ items: LessonItem[]; nextCursor: string | null }> {
  const decoded = query.cursor ? lessonCursor.decode(query.cursor) : undefined;
  const after = decoded ? { at: decoded[0], id: decoded[1] } : decoded;
  if (after === null)
    throw new DomainError('VALIDATION', 'postmortems.errors.badCursor', { fields: [{ path: 'cursor', message: 'invalid cursor' }] });
  const rows = await queryLessons(
    db,
    { q: query.q, category: query.category, accountId: query.customer, competitorId: query.competitor, limit: query.limit + 1, after },
    locale,
  );
  const page = rows.slice(0, query.limit);
  return {
    items: page.map(({ cursorAt: _c, ...r }) => r),
    nextCursor: rows.length > query.limit ? lessonCursor.encode([page[page.length - 1]!.cursorAt, page[page.length - 1]!.id]) : null,
  };
}
