'use client';
import { useTranslations } from 'next-intl';
import { useMemo } from 'react';
import type { DiagramLabels, DiagramPerson } from './card-face';

/** The diagram's words in the user's language (cards, the region, React Flow's controls); `region` names the diagram. */
export function useDiagramLabels(region?: string): DiagramLabels {
  const t = useTranslations('powerMap');
  return useMemo<DiagramLabels>(
    () => ({
      stance: (s) => (s ? t(`stances.${s}`) : t('notSet')),
      role: (r) => (r ? t(`roles.${r}`) : t('notSet')),
      power: (p) => t('powerLevel', { power: p ?? t('notSet') }),
      owner: (n) => t('ownerShort', { name: n ?? t('noOwner') }),
      nodeLabel: (p: DiagramPerson) =>
        t('nodeLabel', {
          name: p.name,
          title: p.title ?? t('notSet'),
          stance: p.stance ? t(`stances.${p.stance}`) : t('notSet'),
          power: p.power ?? t('notSet'),
          role: p.powerRole ? t(`roles.${p.powerRole}`) : t('notSet'),
          owner: p.relationshipOwnerName ?? t('noOwner'),
        }),
      region: region ?? t('diagram'),
      controls: {
        panel: t('controls.panel'),
        zoomIn: t('controls.zoomIn'),
        zoomOut: t('controls.zoomOut'),
        fitView: t('controls.fitView'),
      },
    }),
    [t, region],
  );
}
