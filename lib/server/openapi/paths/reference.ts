import { z } from '@/lib/validation/z';
import {
  categoryCreateSchema,
  generalSettingsBodySchema,
  reasonCreateSchema,
  regionCreateSchema,
  vrbStageCreateSchema,
  vrbStageUpdateSchema,
} from '@/lib/validation/reference';
import { assessmentWeightsSchema } from '@/lib/validation/settings';
import { ADMIN_WRITE, getOperation, writeOperation } from '../operations';
import type { ApiOperation } from '../types';

// Reference data (admins): reasons (WON/LOST/NO_BID/DROPPED/DISQUALIFY), business categories, sales
// regions (domestic region / overseas country with ISO code), VRB stages; general settings.
const anyCreate = z.union([reasonCreateSchema, categoryCreateSchema, regionCreateSchema, vrbStageCreateSchema]);

// the items as the API sends them: one shape per kind
const named = { id: z.uuid(), code: z.string(), nameKo: z.string(), nameEn: z.string(), active: z.boolean() };
const reasonItem = z.strictObject({
  id: z.uuid(),
  kind: z.enum(['WON', 'LOST', 'NO_BID', 'DROPPED', 'DISQUALIFY']),
  code: z.string(),
  labelKo: z.string(),
  labelEn: z.string(),
  sortOrder: z.int(),
  active: z.boolean(),
});
const categoryItem = z.strictObject({ ...named, sortOrder: z.int() });
const regionItem = z.strictObject({
  ...named,
  scope: z.enum(['DOMESTIC', 'OVERSEAS']),
  countryCode: z.string().nullable(),
  sortOrder: z.int(),
});
const stageItem = z.strictObject({
  ...named,
  order: z.int(),
  requiredDomains: z.array(z.enum(['FINANCE', 'LEGAL', 'PROCUREMENT', 'TECHNOLOGY'])),
  isBidApproval: z.boolean(),
  usualTier: z.int().nullable(),
});
const referenceItem = z.union([reasonItem, categoryItem, regionItem, stageItem]);
const generalSettings = z.strictObject({
  marginFloorPct: z.number(),
  postmortemDueDays: z.int(),
  closedDealWindowDays: z.int(),
  importUploadRetentionDays: z.int(),
  assessmentWeights: assessmentWeightsSchema,
});

const { forbidden } = ADMIN_WRITE;
const item = { description: 'The item', schema: referenceItem };
const values = { description: 'The values', schema: generalSettings };

export const referenceOperations: ApiOperation[] = [
  getOperation({
    path: '/api/v1/reference/{kind}',
    summary: 'Every item of a list, active and inactive, in order; kind = reasons | categories | regions | vrb-stages',
    tags: ['reference'],
    ok: { description: '{ data: items }', schema: z.object({ data: z.array(referenceItem) }) },
    forbidden,
    notFound: 'Unknown kind',
  }),
  writeOperation('post', {
    path: '/api/v1/reference/{kind}',
    summary: "Add an item at the end of its list (the body is the kind's schema)",
    tags: ['reference'],
    body: anyCreate,
    created: item,
    ...ADMIN_WRITE,
    conflict: 'The code is taken',
    refused: 'Overseas region without an ISO country code, or a domestic one with a code',
  }),
  writeOperation('patch', {
    path: '/api/v1/reference/{kind}/{id}',
    summary: 'Rename, (de)activate, move (`position`, 1-based) or change the fields of an item; past records are never rewritten',
    tags: ['reference'],
    body: vrbStageUpdateSchema,
    ok: item,
    ...ADMIN_WRITE,
    notFound: 'No such item',
  }),
  writeOperation('delete', {
    path: '/api/v1/reference/{kind}/{id}',
    summary: 'Delete an unused item; one used by any record is refused (deactivate it instead)',
    tags: ['reference'],
    ok: { description: '{ deleted: true }', schema: z.object({ deleted: z.literal(true) }) },
    forbidden,
    notFound: 'No such item',
    conflict: 'In use: error.details.usage lists counts per entity and a few names',
  }),
  getOperation({
    path: '/api/v1/settings/general',
    summary:
      'Margin floor (%), postmortem due days, the board closed-deal window (days), import upload retention (days), VRB assessment weights',
    tags: ['reference'],
    ok: values,
    forbidden,
  }),
  writeOperation('patch', {
    path: '/api/v1/settings/general',
    summary:
      'Change the margin floor, postmortem due days, the board closed-deal window, the import upload retention or the VRB assessment weights',
    tags: ['reference'],
    body: generalSettingsBodySchema,
    ok: values,
    ...ADMIN_WRITE,
  }),
];
