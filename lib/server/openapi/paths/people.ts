import {
  changePasswordSchema,
  createTeamSchema,
  createUserSchema,
  updateTeamBodySchema,
  importSetupLinksQuerySchema,
  peopleImportQuerySchema,
  updateUserBodySchema,
} from '@/lib/validation/users';
import { z } from '@/lib/validation/z';
import { exportParams } from '@/lib/server/export/params';
import { exportOperation } from '../export-operation';
import { importOperations } from '../import-operations';
import { ADMIN_WRITE, getOperation, updateOperation, writeOperation } from '../operations';
import { instant, type ApiOperation } from '../types';

// the user as an admin sees it (lib/db/queries/users.ts USER_ADMIN_SELECT) and a team
const role = z.enum(['ADMIN', 'EXECUTIVE', 'SALES_MANAGER', 'SALES_REP', 'MARKETER', 'VRB_MEMBER', 'VRB_CHAIR']);
const adminUser = z.strictObject({
  id: z.uuid(),
  email: z.string(),
  name: z.string(),
  roles: z.array(role),
  vrbDomains: z.array(z.enum(['FINANCE', 'LEGAL', 'PROCUREMENT', 'TECHNOLOGY'])),
  managerId: z.uuid().nullable(),
  teamId: z.uuid().nullable(),
  disabledAt: instant.nullable(),
  version: z.int(),
  createdAt: instant,
  updatedAt: instant,
});
const ref = z.strictObject({ id: z.uuid(), name: z.string() }).nullable();
const listedUser = adminUser.extend({ team: ref, manager: ref });
const team = z.strictObject({ id: z.uuid(), name: z.string(), active: z.boolean() });
const setupLink = { setupUrl: z.url(), setupExpiresAt: instant };

// People administration (Settings → 사용자): admins create and edit users and teams; a new user or
// a "reset password" gets a one-time setup link (72 h, single use) returned once.
const { forbidden } = ADMIN_WRITE;

export const peopleOperations: ApiOperation[] = [
  exportOperation({
    path: '/api/v1/users/export',
    summary: 'The users, their roles, team and state as a file (users:manage, admins only)',
    tags: ['people'],
    query: z.object(exportParams),
  }),
  getOperation({
    path: '/api/v1/users',
    summary: 'Every user with roles, VRB domains, team, manager, disabled state and version (admins)',
    tags: ['people'],
    ok: { description: '{ data: users }', schema: z.object({ data: z.array(listedUser) }) },
    forbidden,
  }),
  writeOperation('post', {
    path: '/api/v1/users',
    summary: 'Create a user; the response carries the one-time setup link (setupUrl) — it is not shown again',
    tags: ['people'],
    body: createUserSchema,
    created: { description: '{ user, setupUrl, setupExpiresAt }', schema: z.strictObject({ user: adminUser, ...setupLink }) },
    ...ADMIN_WRITE,
    conflict: 'A user with this email exists',
    refused: 'VRB domains without the VRB_MEMBER role, unknown manager or team',
  }),
  updateOperation({
    path: '/api/v1/users/{id}',
    summary: 'Edit a user (name, email, roles, team, manager, VRB domains, disabled); carries `version`',
    tags: ['people'],
    body: updateUserBodySchema,
    ok: { description: 'The user', schema: adminUser },
    ...ADMIN_WRITE,
    notFound: 'No such user',
    conflict: 'Stale `version` (`current` holds the user) or the email is taken',
    refused: 'Manager cycle, VRB domains without VRB_MEMBER, the last admin losing ADMIN, disabling oneself',
  }),
  writeOperation('post', {
    path: '/api/v1/users/{id}/setup-link',
    summary: 'Reset password: a new one-time setup link (earlier links stop working); shown once',
    tags: ['people'],
    created: { description: '{ setupUrl, setupExpiresAt }', schema: z.strictObject(setupLink) },
    forbidden,
    notFound: 'No such user',
  }),
  writeOperation('post', {
    path: '/api/v1/me/password',
    summary: "Change one's own password (current password required; ≥ 12 characters, not guessable); other sessions end",
    tags: ['people'],
    body: changePasswordSchema,
    ok: { description: '{ endedSessions }', schema: z.strictObject({ endedSessions: z.int().min(0) }) },
    invalid: ADMIN_WRITE.invalid,
    refused: 'Wrong current password, or the new password is too short or guessable',
    responses: { 429: { description: 'Too many attempts' } },
  }),
  getOperation({
    path: '/api/v1/teams',
    summary: 'Teams with member counts (admins)',
    tags: ['people'],
    ok: {
      description: '{ data: teams }',
      schema: z.object({ data: z.array(team.extend({ _count: z.strictObject({ members: z.int() }) })) }),
    },
    forbidden,
  }),
  writeOperation('post', {
    path: '/api/v1/teams',
    summary: 'Create a team',
    tags: ['people'],
    body: createTeamSchema,
    created: { description: 'The team', schema: team },
    ...ADMIN_WRITE,
    conflict: 'A team of this name exists',
  }),
  writeOperation('patch', {
    path: '/api/v1/teams/{id}',
    summary: 'Rename or (de)activate a team (never deleted)',
    tags: ['people'],
    body: updateTeamBodySchema,
    ok: { description: 'The team', schema: team },
    ...ADMIN_WRITE,
    notFound: 'No such team',
    conflict: 'Name taken',
  }),
  ...importOperations({
    resource: 'users',
    tags: ['people'],
    summary: 'Bulk people import (이름, 이메일, 역할, 팀, 관리자 이메일): CSV (UTF-8/CP949) or XLSX; idempotent by email',
    name: 'People import',
    query: peopleImportQuerySchema,
    forbidden: 'Admins only',
    unprocessable: 'Unreadable file; the name, email or roles column missing',
  }),
  writeOperation('post', {
    path: '/api/v1/users/imports/{batchId}/setup-links',
    summary:
      'One-time setup links for everyone a people import created (name, email, link, expiry), made now and shown once; asking again voids the earlier unused links',
    tags: ['people'],
    query: importSetupLinksQuerySchema,
    ok: {
      description: 'format=json: the links; format=csv (default) or xlsx: the same as a file (attachment, no-store, x-link-count header)',
      schema: z.strictObject({
        links: z.array(z.strictObject({ name: z.string(), email: z.string(), setupUrl: z.url(), setupExpiresAt: instant })),
      }),
    },
    forbidden,
    notFound: 'No such people import',
    refused: 'A dry run or an unfinished import; nobody it created can get a link',
  }),
];
