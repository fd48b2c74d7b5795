import 'server-only';
import type { Db } from '@/lib/db/client';
import type { Prisma } from '@/lib/db/generated/client';
import { findStoredSetting, listStoredSettings, storeSetting } from '@/lib/db/queries/settings';
import type { AppSession } from '@/lib/auth/session';
import { SETTINGS, type AllSettings, type SettingKey, type SettingValue } from '@/lib/validation/settings';
import { auditChange } from './audit';
import { DomainError } from './errors';
import { logger } from './logger';
import { zodFields } from './zod-errors';
import { assertCan } from '@/lib/server/authorize';

/** All settings, stored values over defaults (one query). */
export async function getSettings(db: Db): Promise<AllSettings> {
  const rows = await listStoredSettings(db);
  const out = Object.fromEntries(Object.entries(SETTINGS).map(([k, v]) => [k, v.default])) as Record<string, unknown>;
  for (const row of rows) {
    const def = SETTINGS[row.key as SettingKey];
    if (!def) continue;
    const parsed = def.schema.safeParse(row.value);
    if (parsed.success) out[row.key] = parsed.data;
    else logger.warn({ key: row.key }, 'invalid stored setting; using default');
  }
  return out as AllSettings;
}

export async function getSetting<K extends SettingKey>(db: Db, key: K): Promise<SettingValue<K>> {
  return settingFrom(key, await findStoredSetting(db, key));
}

/** A stored setting's value read by another query (null: not stored) → the value, or the default when absent or invalid. */
export function settingFrom<K extends SettingKey>(key: K, stored: unknown): SettingValue<K> {
  const parsed = stored === null || stored === undefined ? null : SETTINGS[key].schema.safeParse(stored);
  return (parsed?.success ? parsed.data : SETTINGS[key].default) as SettingValue<K>;
}

/** Validate and store one setting, with an audit row. Caller checks 'settings:manage'. */
export async function updateSetting<K extends SettingKey>(db: Db, session: AppSession, key: K, value: unknown) {
  assertCan(session, 'settings:manage');
  const parsed = SETTINGS[key].schema.safeParse(value);
  if (!parsed.success) throw new DomainError('VALIDATION', 'validation', { fields: zodFields(parsed.error) });
  const before = await getSetting(db, key);
  const json = parsed.data as Prisma.InputJsonValue;
  await storeSetting(db, key, json, session.userId);
  await auditChange(db, session, 'setting.update', 'Setting', key, { before, after: parsed.data });
  return parsed.data as SettingValue<K>;
}

/**
 * Days after the close a postmortem is due (SPEC §5). The setting `postmortemDueDays` is stored
 * like any other; read here directly (integer 1–365) with the default of 14 when absent, so this
 * works before and after the setting's definition lands in lib/validation/settings.ts.
 */
export async function getPostmortemDueDays(db: Db): Promise<number> {
  const v = await findStoredSetting(db, 'postmortemDueDays');
  return typeof v === 'number' && Number.isInteger(v) && v >= 1 && v <= 365 ? v : 14;
}
