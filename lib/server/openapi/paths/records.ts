import { z } from '@/lib/validation/z';
import {
  accountImportQuerySchema,
  accountSchema,
  contactSchema,
  createAccountSchema,
  createContactSchema,
  patchAccountBodySchema,
  patchContactBodySchema,
  removeContactQuerySchema,
} from '@/lib/validation/accounts';
import { createLeadSchema, leadDetailSchema, patchLeadBodySchema } from '@/lib/validation/leads';
import { createOpportunitySchema, pipelineImportQuerySchema } from '@/lib/validation/opportunities';
import { opportunitySchemaOut } from './opportunities';
import { importOperations } from '../import-operations';
import type { ApiOperation } from '../types';

// Every record editable by hand (issue 10) and the pipeline import: leads, accounts, contacts,
// opportunities created directly, the pipeline sheet, the accounts + contacts file.

const existing = z.object({ id: z.uuid(), name: z.string(), href: z.string() });
const conflictOf = (current: z.ZodType) =>
  z.object({ error: z.object({ code: z.literal('CONFLICT'), message: z.string(), details: z.unknown() }), current });
// lib/server/api.ts repeats a CONFLICT's details as `current`: here, the record holding the key.
const duplicate = z.object({
  error: z.object({ code: z.literal('CONFLICT'), message: z.string(), details: z.object({ existing }) }),
  current: z.object({ existing }),
});
const unmet = z.object({
  error: z.object({
    code: z.literal('UNPROCESSABLE'),
    message: z.string(),
    fields: z.array(z.object({ path: z.string(), message: z.string() })),
    details: z.object({ unmet: z.array(z.object({ tier: z.int(), id: z.string(), input: z.string() })) }),
  }),
});

export const recordsOperations: ApiOperation[] = [
  {
    method: 'post',
    path: '/api/v1/leads',
    summary: 'Create a lead by hand (the import’s cell rules; dedupe by email, else domain + company)',
    tags: ['leads'],
    body: createLeadSchema,
    responses: {
      201: { description: 'The lead with its qualification checklist', schema: leadDetailSchema },
      400: { description: 'A cell rule refused a field (fields[] names it)' },
      403: { description: 'Needs lead:edit' },
      409: { description: 'A lead with the same email (or domain + company) exists' },
    },
  },
  {
    method: 'patch',
    path: '/api/v1/leads/{id}',
    summary: 'Edit a lead (only the fields sent; version required)',
    tags: ['leads'],
    body: patchLeadBodySchema,
    responses: {
      200: { description: 'The lead with its re-run qualification checklist', schema: leadDetailSchema },
      400: { description: 'A cell rule refused a field' },
      404: {
        description:
          'Not found, or a lead you cannot read (reps read only the leads assigned to them); one you read but may not change is 403',
      },
      409: { description: 'Stale version (current lead in `current`) or a duplicate key', schema: conflictOf(leadDetailSchema) },
      422: { description: 'A converted lead is not edited' },
    },
  },
  {
    method: 'post',
    path: '/api/v1/accounts',
    summary: 'Create an account (사업자등록번호 checksum; unique)',
    tags: ['accounts'],
    body: createAccountSchema,
    responses: {
      201: { description: 'The account', schema: accountSchema },
      400: { description: 'Invalid 사업자등록번호 or domain' },
      409: { description: 'The 사업자등록번호 belongs to another account (named, with a link)', schema: duplicate },
    },
  },
  {
    method: 'patch',
    path: '/api/v1/accounts/{id}',
    summary: 'Edit an account (only the fields sent; version required)',
    tags: ['accounts'],
    body: patchAccountBodySchema,
    responses: {
      200: { description: 'The account', schema: accountSchema },
      400: { description: 'Invalid 사업자등록번호 or domain' },
      404: { description: 'No such account' },
      409: {
        description: 'Stale version (current account in `current`) or 사업자등록번호 taken',
        schema: z.union([conflictOf(accountSchema), duplicate]),
      },
    },
  },
  {
    method: 'post',
    path: '/api/v1/contacts',
    summary: 'Create a contact on an account, optionally on some of its opportunities',
    tags: ['accounts'],
    body: createContactSchema,
    responses: {
      201: { description: 'The contact', schema: contactSchema },
      403: { description: 'An opportunity you may not edit' },
      404: { description: 'No such account' },
    },
  },
  {
    method: 'patch',
    path: '/api/v1/contacts/{id}',
    summary: 'Edit a contact; opportunityIds sets the account’s deals it is on (link/unlink)',
    tags: ['accounts'],
    body: patchContactBodySchema,
    responses: {
      200: { description: 'The contact', schema: contactSchema },
      403: { description: 'Linking or unlinking a deal you may not edit' },
      409: { description: 'Stale version (current contact in `current`)', schema: conflictOf(contactSchema) },
      422: { description: 'A removed contact' },
    },
  },
  {
    method: 'delete',
    path: '/api/v1/contacts/{id}',
    summary: 'Remove a contact (soft: the row and its history stay; it leaves lists and power maps)',
    tags: ['accounts'],
    query: removeContactQuerySchema,
    responses: {
      200: { description: 'The removed contact', schema: contactSchema },
      404: { description: 'No such contact (or already removed)' },
      409: { description: 'Stale version', schema: conflictOf(contactSchema) },
    },
  },
  {
    method: 'post',
    path: '/api/v1/opportunities',
    summary: 'Create an opportunity at Tier 4 (or a later tier with its entry requirements) with its first history row',
    tags: ['opportunities'],
    body: createOpportunitySchema,
    responses: {
      201: { description: 'The opportunity', schema: opportunitySchemaOut },
      400: { description: 'Bad input (unknown account, category, invalid 사업자등록번호…)' },
      403: { description: 'Needs opportunity:create; a rep creates only for themself' },
      409: { description: '공고번호/차수 used by another deal (named)', schema: duplicate },
      422: { description: 'The tier’s entry requirements (and those of the tiers below it) are not met', schema: unmet },
    },
  },
  ...importOperations({
    resource: 'opportunities',
    tags: ['opportunities'],
    summary: 'Import the pipeline sheet (사업명, 고객사, 담당자, 티어, 금액 …): CSV (UTF-8/CP949) or XLSX',
    name: 'Pipeline import',
    query: pipelineImportQuerySchema,
    forbidden: 'Only sales managers and admins import the pipeline',
    unprocessable: 'Unreadable file; a required column missing; an amount column without a declared unit',
  }),
  ...importOperations({
    resource: 'accounts',
    tags: ['accounts'],
    summary:
      'Import accounts with their contacts (고객사명, 사업자등록번호, 도메인, 산업, 국가, 지역, 담당자명, 직책, 이메일, 전화): CSV (UTF-8/CP949) or XLSX; idempotent',
    name: 'Accounts import',
    query: accountImportQuerySchema,
    forbidden: 'Only roles that edit accounts import them',
    unprocessable: 'Unreadable file; the account name column missing',
  }),
];
