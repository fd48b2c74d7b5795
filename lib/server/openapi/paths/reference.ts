import { z } from '@/lib/validation/z';
import {
  categoryCreateSchema,
  generalSettingsBodySchema,
  reasonCreateSchema,
  regionCreateSchema,
  vrbStageCreateSchema,
  vrbStageUpdateSchema,
} from '@/lib/validation/reference';
import type { ApiOperation } from '../types';

// Reference data (admins): reasons (WON/LOST/NO_BID/DROPPED/DISQUALIFY), business categories, sales
// regions (domestic region / overseas country with ISO code), VRB stages; general settings.
const errors = { 400: { description: 'Validation failed (error.fields)' }, 403: { description: 'Admins only' } } as const;
const anyCreate = z.union([reasonCreateSchema, categoryCreateSchema, regionCreateSchema, vrbStageCreateSchema]);

export const referenceOperations: ApiOperation[] = [
  {
    method: 'get',
    path: '/api/v1/reference/{kind}',
    summary: 'Every item of a list, active and inactive, in order; kind = reasons | categories | regions | vrb-stages',
    tags: ['reference'],
    pathParams: ['kind'],
    responses: { 200: { description: '{ data: items }' }, 403: errors[403], 404: { description: 'Unknown kind' } },
  },
  {
    method: 'post',
    path: '/api/v1/reference/{kind}',
    summary: "Add an item at the end of its list (the body is the kind's schema)",
    tags: ['reference'],
    pathParams: ['kind'],
    body: anyCreate,
    responses: {
      201: { description: 'The item' },
      ...errors,
      409: { description: 'The code is taken' },
      422: { description: 'Overseas region without an ISO country code, or a domestic one with a code' },
    },
  },
  {
    method: 'patch',
    path: '/api/v1/reference/{kind}/{id}',
    summary: 'Rename, (de)activate, move (`position`, 1-based) or change the fields of an item; past records are never rewritten',
    tags: ['reference'],
    pathParams: ['kind', 'id'],
    body: vrbStageUpdateSchema,
    responses: { 200: { description: 'The item' }, ...errors, 404: { description: 'No such item' } },
  },
  {
    method: 'delete',
    path: '/api/v1/reference/{kind}/{id}',
    summary: 'Delete an unused item; one used by any record is refused (deactivate it instead)',
    tags: ['reference'],
    pathParams: ['kind', 'id'],
    responses: {
      200: { description: '{ deleted: true }' },
      403: errors[403],
      404: { description: 'No such item' },
      409: { description: 'In use: error.details.usage lists counts per entity and a few names' },
    },
  },
  {
    method: 'get',
    path: '/api/v1/settings/general',
    summary: 'Margin floor (%), postmortem due days, the board closed-deal window (days)',
    tags: ['reference'],
    responses: { 200: { description: 'The values' }, 403: errors[403] },
  },
  {
    method: 'patch',
    path: '/api/v1/settings/general',
    summary: 'Change the margin floor, postmortem due days or the board closed-deal window',
    tags: ['reference'],
    body: generalSettingsBodySchema,
    responses: { 200: { description: 'The values' }, ...errors },
  },
];
