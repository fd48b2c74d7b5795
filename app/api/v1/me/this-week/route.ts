import { db } from '@/lib/db/client';
import { apiRoute } from '@/lib/server/api';
import { getThisWeek } from '@/lib/server/commands/activities';

// GET /api/v1/me/this-week → the caller's next steps and bid deadlines this week (the /work page's 이번 주).
export const GET = apiRoute({ permission: 'work:read' }, ({ session }) => getThisWeek(db, session));
