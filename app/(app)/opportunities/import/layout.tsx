import { requirePermission } from '@/lib/auth/session';

// The role check before this segment's loading state streams: a role that may not import gets the
// one forbidden page (app/forbidden.tsx) with HTTP 403, as on /leads/import, not a streamed 200.
export default async function Layout({ children }: { children: React.ReactNode }) {
  await requirePermission('opportunity:import');
  return children;
}
