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
import { opportunitySchemaOut, unmet } from './opportunities';
import { LEAD_NOT_FOUND } from './leads';
import { conflictWith } from '../errors';
import { staleVersion, updateOperation, writeOperation } from '../operations';
import { importOperations } from '../import-operations';
import type { ApiOperation } from '../types';

// Every record editable by hand (issue 10) and the pipeline import: leads, accounts, contacts,
// opportunities created directly, the pipeline sheet, the accounts + contacts file.

const existing = z.object({ id: z.uuid(), name: z.string(), href: z.string() });
const stale = (record: z.ZodType, description: string) => staleVersion(conflictWith(record, z.unknown()), description);
// the record holding the key (lib/server/api.ts repeats a CONFLICT's details as `current`)
const duplicate = conflictWith(z.object({ existing }));

export const recordsOperations: ApiOperation[] = [
  writeOperation('post', {
    path: '/api/v1/leads',
    summary: 'Create a lead by hand (the import’s cell rules; dedupe by email, else domain + company)',
    tags: ['leads'],
    body: createLeadSchema,
    created: { description: 'The lead with its qualification checklist', schema: leadDetailSchema },
    invalid: 'A cell rule refused a field (fields[] names it)',
    forbidden: 'Needs lead:edit',
    conflict: 'A lead with the same email (or domain + company) exists',
  }),
  updateOperation({
    path: '/api/v1/leads/{id}',
    summary: 'Edit a lead (only the fields sent; version required)',
    tags: ['leads'],
    body: patchLeadBodySchema,
    ok: { description: 'The lead with its re-run qualification checklist', schema: leadDetailSchema },
    invalid: 'A cell rule refused a field',
    notFound: LEAD_NOT_FOUND,
    conflict: stale(leadDetailSchema, 'Stale version (current lead in `current`) or a duplicate key'),
    refused: 'A converted lead is not edited',
  }),
  writeOperation('post', {
    path: '/api/v1/accounts',
    summary: 'Create an account (사업자등록번호 checksum; unique)',
    tags: ['accounts'],
    body: createAccountSchema,
    created: { description: 'The account', schema: accountSchema },
    invalid: 'Invalid 사업자등록번호 or domain',
    conflict: { description: 'The 사업자등록번호 belongs to another account (named, with a link)', schema: duplicate },
  }),
  updateOperation({
    path: '/api/v1/accounts/{id}',
    summary: 'Edit an account (only the fields sent; version required)',
    tags: ['accounts'],
    body: patchAccountBodySchema,
    ok: { description: 'The account', schema: accountSchema },
    invalid: 'Invalid 사업자등록번호 or domain',
    notFound: 'No such account',
    conflict: {
      description: 'Stale version (current account in `current`) or 사업자등록번호 taken',
      schema: z.union([conflictWith(accountSchema, z.unknown()), duplicate]),
    },
  }),
  writeOperation('post', {
    path: '/api/v1/contacts',
    summary: 'Create a contact on an account, optionally on some of its opportunities',
    tags: ['accounts'],
    body: createContactSchema,
    created: { description: 'The contact', schema: contactSchema },
    forbidden: 'An opportunity you may not edit',
    notFound: 'No such account',
  }),
  updateOperation({
    path: '/api/v1/contacts/{id}',
    summary: 'Edit a contact; opportunityIds sets the account’s deals it is on (link/unlink)',
    tags: ['accounts'],
    body: patchContactBodySchema,
    ok: { description: 'The contact', schema: contactSchema },
    forbidden: 'Linking or unlinking a deal you may not edit',
    conflict: stale(contactSchema, 'Stale version (current contact in `current`)'),
    refused: 'A removed contact',
  }),
  updateOperation({
    method: 'delete',
    path: '/api/v1/contacts/{id}',
    summary: 'Remove a contact (soft: the row and its history stay; it leaves lists and power maps)',
    tags: ['accounts'],
    query: removeContactQuerySchema,
    ok: { description: 'The removed contact', schema: contactSchema },
    notFound: 'No such contact (or already removed)',
    conflict: stale(contactSchema, 'Stale version'),
  }),
  writeOperation('post', {
    path: '/api/v1/opportunities',
    summary: 'Create an opportunity at Tier 4 (or a later tier with its entry requirements) with its first history row',
    tags: ['opportunities'],
    body: createOpportunitySchema,
    created: { description: 'The opportunity', schema: opportunitySchemaOut },
    invalid: 'Bad input (unknown account, category, invalid 사업자등록번호…)',
    forbidden: 'Needs opportunity:create; a rep creates only for themself',
    conflict: { description: '공고번호/차수 used by another deal (named)', schema: duplicate },
    refused: { description: 'The tier’s entry requirements (and those of the tiers below it) are not met', schema: unmet },
  }),
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
