import { notFound } from 'next/navigation';
import { db } from '@/lib/db/client';
import { requirePermission } from '@/lib/auth/session';
import { recordExists } from '@/lib/db/queries/records';

// The role check and an unknown id answer 403 / 404 before the page's loading state streams
// (inside the stream either would be a 200).
export default async function Layout({ children, params }: { children: React.ReactNode; params: Promise<{ id: string }> }) {
  await requirePermission('vrb:read');
  const { id } = await params;
  if (!(await recordExists(db, 'vrbReview', id))) notFound();
  return children;
}
