import { db } from '@/lib/db/client';
import { apiRoute } from '@/lib/server/api';
import { linkExpert, unlinkExpert } from '@/lib/server/commands/tools';
import { linkExpertBodySchema, opportunityExpertParamsSchema } from '@/lib/validation/experts';

// PUT /api/v1/opportunities/{id}/experts/{expertId} { role?, note? } → link the expert to the deal (or
// change what they did there); DELETE → unlink. Both answer the deal's experts. Same commands as the
// opportunity page's experts card (the shape of the competitor links beside it).
export const PUT = apiRoute(
  { permission: 'opportunity:edit', params: opportunityExpertParamsSchema, body: linkExpertBodySchema },
  ({ session, params, body }) => linkExpert(db, session, { ...body, opportunityId: params.id, expertId: params.expertId }),
);

export const DELETE = apiRoute({ permission: 'opportunity:edit', params: opportunityExpertParamsSchema }, ({ session, params }) =>
  unlinkExpert(db, session, { opportunityId: params.id, expertId: params.expertId }),
);
