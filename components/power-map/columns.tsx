import { defineColumns, type Translate } from '@/components/data-table/columns';
import { EMPTY } from '@/lib/domain/format';
import type { PowerMapPersonItem } from '@/lib/validation/power-map';

// The power map as a table (the diagram's accessible twin): one row per person, the same data.
export function powerMapColumns(t: Translate) {
  return defineColumns<PowerMapPersonItem>([
    { id: 'name', header: t('fields.name'), value: (r) => r.name, sortable: true, hideable: false },
    { id: 'title', header: t('fields.title'), value: (r) => r.title ?? EMPTY },
    { id: 'reportsTo', header: t('fields.reportsTo'), value: (r) => r.reportsToName ?? EMPTY, sortable: true },
    { id: 'stance', header: t('fields.stance'), value: (r) => (r.stance ? t(`stances.${r.stance}`) : EMPTY), sortable: true, nowrap: true },
    { id: 'power', header: t('fields.power'), value: (r) => r.power, align: 'right', sortable: true },
    { id: 'powerRole', header: t('fields.powerRole'), value: (r) => (r.powerRole ? t(`roles.${r.powerRole}`) : EMPTY), nowrap: true },
    { id: 'owner', header: t('fields.owner'), value: (r) => r.relationshipOwnerName ?? EMPTY },
  ]);
}
