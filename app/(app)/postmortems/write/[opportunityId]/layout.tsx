import { forbidden, notFound } from 'next/navigation';
import { db } from '@/lib/db/client';
import { requirePermission } from '@/lib/auth/session';
import { editableOpportunityIds } from '@/lib/db/queries/opportunities';
import { recordExists } from '@/lib/db/queries/records';

// Before the form's loading state streams: a role that does not write postmortems, or a deal the
// user reads but may not write for (not their own or their team's), gets the one "권한이 없습니다"
// page (403); an unknown deal is a 404 (issue 14).
export default async function Layout({ children, params }: { children: React.ReactNode; params: Promise<{ opportunityId: string }> }) {
  const session = await requirePermission('postmortem:write');
  const { opportunityId } = await params;
  if (!(await recordExists(db, 'opportunity', opportunityId))) notFound();
  if (!(await editableOpportunityIds(db, session, [opportunityId])).has(opportunityId)) forbidden();
  return children;
}
