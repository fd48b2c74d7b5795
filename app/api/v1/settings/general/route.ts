import { db } from '@/lib/db/client';
import { apiRoute } from '@/lib/server/api';
import { getGeneralSettings, updateGeneralSettings } from '@/lib/server/commands/reference';
import { generalSettingsBodySchema } from '@/lib/validation/reference';

// GET/PATCH /api/v1/settings/general { marginFloorPct?, postmortemDueDays?, closedDealWindowDays?,
// importUploadRetentionDays?, assessmentWeights? } (admins).
export const GET = apiRoute({ permission: 'settings:manage' }, async ({ session }) => getGeneralSettings(db, session));

export const PATCH = apiRoute({ permission: 'settings:manage', body: generalSettingsBodySchema }, async ({ session, body }) =>
  updateGeneralSettings(db, session, body),
);
