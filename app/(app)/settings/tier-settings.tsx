import { getLocale, getTranslations } from 'next-intl/server';
import { db } from '@/lib/db/client';
import { getSettings } from '@/lib/server/settings';
import { listReasons } from '@/lib/server/commands/opportunities';
import { SectionCard } from '@/components/ui/card';
import { ReasonLists, TierRulesForm } from './tier-settings-forms';

/** Settings → tier rules: stall thresholds, horizon bounds, Tier 1 VRB rule, reason lists (admins). */
export async function TierSettings() {
  const t = await getTranslations('tiers.settings');
  const locale = (await getLocale()) === 'en' ? 'en' : 'ko';
  const [settings, reasons] = await Promise.all([getSettings(db), listReasons(db)]);
  return (
    <SectionCard title={t('title')} bodyClassName="grid gap-6 lg:grid-cols-2">
      <TierRulesForm
        value={{
          stallThresholds: settings.stallThresholds,
          horizonBounds: settings.horizonBounds,
          tierRules: settings.tierRules,
          stagnantReviewCount: settings.stagnantReviewCount,
        }}
      />
      <ReasonLists
        reasons={reasons.map((r) => ({
          id: r.id,
          kind: r.kind,
          code: r.code,
          label: locale === 'en' ? r.labelEn : r.labelKo,
          active: r.active,
        }))}
      />
    </SectionCard>
  );
}
