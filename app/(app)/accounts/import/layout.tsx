import { requirePermission } from '@/lib/auth/session';

// The role check before this segment's loading state streams: a role that may not edit accounts
// gets the one forbidden page (app/forbidden.tsx) with HTTP 403, as on /leads/import.
export default async function Layout({ children }: { children: React.ReactNode }) {
  await requirePermission('account:edit');
  return children;
}
