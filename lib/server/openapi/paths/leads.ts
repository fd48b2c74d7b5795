import { z } from '@/lib/validation/z';
import {
  convertBodySchema,
  convertResultSchema,
  disqualifyBodySchema,
  importQuerySchema,
  leadListSchema,
  listLeadsQuerySchema,
  qualifyBodySchema,
  LEAD_STATUSES,
  TEMPERATURES,
} from '@/lib/validation/leads';
import { decimal, instant, type ApiOperation } from '../types';
import { exportOperation } from '../export-operation';
import { listOperation, updateOperation } from '../operations';
import { importOperations } from '../import-operations';
import { withExportParams } from '@/lib/server/export/params';

// what qualify/disqualify answer (LEAD_VIEW in lib/db/queries/leads.ts)
const leadView = z.object({
  id: z.uuid(),
  status: z.enum(LEAD_STATUSES),
  version: z.number().int(),
  ownerId: z.uuid().nullable(),
  email: z.string().nullable(),
  name: z.string().nullable(),
  company: z.string().nullable(),
  phone: z.string().nullable(),
  temperature: z.enum(TEMPERATURES).nullable(),
  need: z.string().nullable(),
  intent: z.string().nullable(),
  budget: decimal.nullable(),
  updatedAt: instant,
});

/** 404 of a write on a lead (also PATCH /api/v1/leads/{id}, records.ts). */
export const LEAD_NOT_FOUND =
  'Not found, or a lead you cannot read (reps read only the leads assigned to them); one you read but may not change is 403';

export const leadsOperations: ApiOperation[] = [
  exportOperation({
    path: '/api/v1/leads/export',
    summary: 'Export the leads the inbox filters match',
    tags: ['leads'],
    query: withExportParams(listLeadsQuerySchema),
  }),
  listOperation({
    path: '/api/v1/leads',
    summary: 'List leads (keyset pages; reps see their own)',
    tags: ['leads'],
    query: listLeadsQuerySchema,
    ok: { description: 'A page of leads', schema: leadListSchema },
    invalid: 'Bad filter or cursor',
  }),
  ...importOperations({
    resource: 'leads',
    tags: ['leads'],
    summary: 'Import leads from a CSV (UTF-8 or CP949) or XLSX file',
    name: 'Lead import',
    query: importQuerySchema,
    forbidden: 'Only marketers and admins import',
    unprocessable: 'Empty, header-only, binary, damaged or bomb-like file; no key column',
  }),
  updateOperation({
    method: 'post',
    path: '/api/v1/leads/{id}/qualify',
    summary: 'Mark an MQL as SQL (optionally assigning a rep)',
    tags: ['leads'],
    body: qualifyBodySchema,
    ok: { description: 'The lead', schema: leadView },
    notFound: LEAD_NOT_FOUND,
    refused: 'Criteria missing (details.missing) or wrong status',
  }),
  updateOperation({
    method: 'post',
    path: '/api/v1/leads/{id}/disqualify',
    summary: 'Disqualify a lead with a reason',
    tags: ['leads'],
    body: disqualifyBodySchema,
    ok: { description: 'The lead', schema: leadView },
    invalid: 'Unknown reason',
    notFound: LEAD_NOT_FOUND,
    refused: 'Wrong status',
  }),
  updateOperation({
    method: 'post',
    path: '/api/v1/leads/{id}/convert',
    summary: 'Convert an SQL into an opportunity at Tier 4 (account, contact, tier history)',
    tags: ['leads'],
    body: convertBodySchema,
    created: { description: 'The new opportunity', schema: convertResultSchema },
    notFound: LEAD_NOT_FOUND,
    refused: 'Not an SQL',
  }),
];
