import 'server-only';
import type { Db } from '@/lib/db/client';
import type { Prisma } from '@/lib/db/generated/client';

// Stored settings (lib/server/settings.ts parses them against lib/validation/settings.ts).

/** Every stored setting, as key and raw JSON value. */
export function listStoredSettings(db: Db): Promise<{ key: string; value: unknown }[]> {
  return db.setting.findMany({ select: { key: true, value: true } });
}

/** One stored setting's raw JSON value; null when it is not stored. */
export async function findStoredSetting(db: Db, key: string): Promise<unknown> {
  const row = await db.setting.findUnique({ where: { key }, select: { value: true } });
  return row ? row.value : null;
}

/** Store one setting's (validated) value, stamped with who changed it. */
export async function storeSetting(db: Db, key: string, value: Prisma.InputJsonValue, userId: string): Promise<void> {
  await db.setting.upsert({
    where: { key },
    create: { key, value, updatedById: userId },
    update: { value, updatedById: userId },
  });
}
