import { getLocale, getTranslations } from 'next-intl/server';
import { db } from '@/lib/db/client';
import { requirePermission } from '@/lib/auth/session';
import { listReference } from '@/lib/server/commands/reference';
import { getSettings } from '@/lib/server/settings';
import { SectionCard } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';
import { createReferenceAction, deleteReferenceAction, updateGeneralSettingsAction, updateReferenceAction } from './actions';
import { AssessmentWeightsForm } from './weights-form';
import { GeneralSettingsForm, ReferenceList, type RefItem } from './reference-admin';

export const metadata = { title: 'Reference data' };

export default async function ReferencePage() {
  await requirePermission('settings:manage');
  const t = await getTranslations('reference');
  const en = (await getLocale()) === 'en';
  const [settings, reasons, categories, regions, stages] = await Promise.all([
    getSettings(db),
    listReference(db, 'reasons'),
    listReference(db, 'categories'),
    listReference(db, 'regions'),
    listReference(db, 'vrb-stages'),
  ]);
  const name = (i: { nameKo: string; nameEn: string }) => (en ? i.nameEn : i.nameKo);
  const lists: { kind: 'reasons' | 'categories' | 'regions' | 'vrb-stages'; title: string; items: RefItem[] }[] = [
    {
      kind: 'vrb-stages',
      title: t('lists.vrb-stages'),
      items: (
        stages as {
          id: string;
          code: string;
          nameKo: string;
          nameEn: string;
          requiredDomains: string[];
          usualTier: number | null;
          active: boolean;
        }[]
      ).map((s) => ({
        id: s.id,
        code: s.code,
        label: name(s),
        detail: [s.requiredDomains.join(', '), s.usualTier ? `Tier ${s.usualTier}` : ''].filter(Boolean).join(' · '),
        active: s.active,
        group: '',
      })),
    },
    {
      kind: 'categories',
      title: t('lists.categories'),
      items: (categories as { id: string; code: string; nameKo: string; nameEn: string; active: boolean }[]).map((c) => ({
        id: c.id,
        code: c.code,
        label: name(c),
        detail: '',
        active: c.active,
        group: '',
      })),
    },
    {
      kind: 'regions',
      title: t('lists.regions'),
      items: (
        regions as unknown as {
          id: string;
          code: string;
          nameKo: string;
          nameEn: string;
          scope: string;
          countryCode: string | null;
          active: boolean;
        }[]
      ).map((r) => ({
        id: r.id,
        code: r.code,
        label: name(r),
        detail: r.countryCode ?? '',
        active: r.active,
        group: r.scope === 'DOMESTIC' ? t('domestic') : t('overseas'),
      })),
    },
    {
      kind: 'reasons',
      title: t('lists.reasons'),
      items: (reasons as { id: string; kind: string; code: string; labelKo: string; labelEn: string; active: boolean }[]).map((r) => ({
        id: r.id,
        code: r.code,
        label: en ? r.labelEn : r.labelKo,
        detail: '',
        active: r.active,
        group: r.kind,
      })),
    },
  ];
  const actions = { create: createReferenceAction, update: updateReferenceAction, remove: deleteReferenceAction };
  return (
    <>
      <PageHeader title={t('title')} description={t('description')} back={{ href: '/settings', label: t('back') }} />
      <div className="grid gap-5">
        <SectionCard title={t('general.title')}>
          <GeneralSettingsForm
            value={{
              marginFloorPct: settings.marginFloorPct,
              postmortemDueDays: settings.postmortemDueDays,
              closedDealWindowDays: settings.closedDealWindowDays,
              importUploadRetentionDays: settings.importUploadRetentionDays,
            }}
            save={updateGeneralSettingsAction}
          />
        </SectionCard>
        <SectionCard title={t('general.weights')}>
          <AssessmentWeightsForm value={settings.assessmentWeights} save={updateGeneralSettingsAction} />
        </SectionCard>
        {lists.map((l) => (
          <SectionCard title={l.title} key={l.kind}>
            <ReferenceList kind={l.kind} items={l.items} actions={actions} />
          </SectionCard>
        ))}
      </div>
    </>
  );
}
