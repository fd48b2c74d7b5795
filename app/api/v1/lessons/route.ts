import { db } from '@/lib/db/client';
import { apiRoute } from '@/lib/server/api';
import { searchLessons } from '@/lib/server/commands/postmortems';
import { lessonsQuerySchema } from '@/lib/validation/postmortems';

// GET /api/v1/lessons?q&category&customer&competitor&cursor&limit → { items, nextCursor }, newest
// first. The same function the lessons library page calls.
export const GET = apiRoute({ permission: 'lesson:read', query: lessonsQuerySchema }, ({ query, locale }) =>
  searchLessons(db, query, locale),
);
