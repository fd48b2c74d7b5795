import 'server-only';
import type { DbClient } from '@/lib/db/client';
import type { AppSession } from '@/lib/auth/session';
import { getSettings, updateSetting } from '../../settings';
import { requirePermission } from '../people/shared';
import type { GeneralSettingsBody } from '@/lib/validation/reference';

/** The margin floor, postmortem due days, the board's closed-deal window and the VRB assessment weights (admins). */
/** The general settings as the settings page and GET/PATCH /api/v1/settings/general show them. */
function generalSettingsView(s: Awaited<ReturnType<typeof getSettings>>) {
  return {
    marginFloorPct: s.marginFloorPct,
    postmortemDueDays: s.postmortemDueDays,
    closedDealWindowDays: s.closedDealWindowDays,
    importUploadRetentionDays: s.importUploadRetentionDays,
    assessmentWeights: s.assessmentWeights,
  };
}

/** Read the general settings (admins). */
export async function getGeneralSettings(db: DbClient, session: AppSession) {
  requirePermission(session, 'settings:manage');
  return generalSettingsView(await getSettings(db));
}

/** The margin floor, postmortem due days, the board's closed-deal window, the import upload retention and the VRB assessment weights (admins). */
export async function updateGeneralSettings(db: DbClient, session: AppSession, input: GeneralSettingsBody) {
  requirePermission(session, 'settings:manage');
  return db.$transaction(async (tx) => {
    if (input.marginFloorPct !== undefined) await updateSetting(tx, session, 'marginFloorPct', input.marginFloorPct);
    if (input.postmortemDueDays !== undefined) await updateSetting(tx, session, 'postmortemDueDays', input.postmortemDueDays);
    if (input.closedDealWindowDays !== undefined) await updateSetting(tx, session, 'closedDealWindowDays', input.closedDealWindowDays);
    if (input.importUploadRetentionDays !== undefined)
      await updateSetting(tx, session, 'importUploadRetentionDays', input.importUploadRetentionDays);
    if (input.assessmentWeights !== undefined) await updateSetting(tx, session, 'assessmentWeights', input.assessmentWeights);
    return generalSettingsView(await getSettings(tx));
  });
}
