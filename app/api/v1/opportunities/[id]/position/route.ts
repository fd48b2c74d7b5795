import { db } from '@/lib/db/client';
import { apiRoute } from '@/lib/server/api';
import { reorderOpportunity } from '@/lib/server/commands/opportunities';
import { opportunityIdParamsSchema, reorderBodySchema, reorderSchema } from '@/lib/validation/opportunities';
import { DomainError } from '@/lib/server/errors';

// POST /api/v1/opportunities/{id}/position { aboveId?, belowId? } → { id, tier, position }: the
// card's place inside its board column. Same command as the board's drag and Alt+↑/↓.
export const POST = apiRoute(
  { permission: 'tier:move', params: opportunityIdParamsSchema, body: reorderBodySchema },
  ({ session, params, body }) => {
    const parsed = reorderSchema.safeParse({ ...body, opportunityId: params.id });
    if (!parsed.success) {
      const fields = parsed.error.issues.map((i) => ({ path: i.path.map(String).join('.'), message: i.message }));
      throw new DomainError('VALIDATION', 'validation', { fields: fields });
    }
    return reorderOpportunity(db, session, parsed.data);
  },
);
