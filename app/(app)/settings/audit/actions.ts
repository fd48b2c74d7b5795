'use server';
// Authorization: every action here is built with defineAction, which calls requireSession() and
// can(roles, permission) before the command runs (tests/integration/route-sweep.test.ts checks it).
import { db } from '@/lib/db/client';
import { defineAction } from '@/lib/server/action';
import { listAudit } from '@/lib/server/commands/audit';
import { auditQuerySchema } from '@/lib/validation/audit';

// A page of the audit trail ("more" on /settings/audit): the same listAudit as GET /api/v1/audit.
export const listAuditAction = defineAction({ schema: auditQuerySchema, permission: 'audit:read' }, ({ session, input }) =>
  listAudit(db, session, input),
);
