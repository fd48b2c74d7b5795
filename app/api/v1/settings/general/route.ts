import { db } from '@/lib/db/client';
import { apiRoute } from '@/lib/server/api';
import { getSettings } from '@/lib/server/settings';
import { updateGeneralSettings } from '@/lib/server/commands/reference';
import { generalSettingsBodySchema } from '@/lib/validation/reference';

// GET/PATCH /api/v1/settings/general { marginFloorPct?, postmortemDueDays?, closedDealWindowDays?, assessmentWeights? } (admins).
export const GET = apiRoute({ permission: 'settings:manage' }, async () => {
  const s = await getSettings(db);
  return {
    marginFloorPct: s.marginFloorPct,
    postmortemDueDays: s.postmortemDueDays,
    closedDealWindowDays: s.closedDealWindowDays,
    assessmentWeights: s.assessmentWeights,
  };
});

export const PATCH = apiRoute({ permission: 'settings:manage', body: generalSettingsBodySchema }, async ({ session, body }) =>
  updateGeneralSettings(db, session, body),
);
