import { db } from '@/lib/db/client';
import { apiRoute } from '@/lib/server/api';
import { linkCompetitor, unlinkCompetitor } from '@/lib/server/commands/tools';
import { linkCompetitorBodySchema, opportunityCompetitorParamsSchema } from '@/lib/validation/tools';

// PUT /api/v1/opportunities/{id}/competitors/{competitorId} { position?, positionNote? } → link it (or
// change our position against it); DELETE → unlink. Both answer the deal's competitors. Same
// commands as the opportunity page's competitors card.
export const PUT = apiRoute(
  { permission: 'opportunity:edit', params: opportunityCompetitorParamsSchema, body: linkCompetitorBodySchema },
  ({ session, params, body }) => linkCompetitor(db, session, { ...body, opportunityId: params.id, competitorId: params.competitorId }),
);

export const DELETE = apiRoute({ permission: 'opportunity:edit', params: opportunityCompetitorParamsSchema }, ({ session, params }) =>
  unlinkCompetitor(db, session, { opportunityId: params.id, competitorId: params.competitorId }),
);
