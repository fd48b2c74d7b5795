import { notFound } from 'next/navigation';
import { db } from '@/lib/db/client';
import { requirePermission } from '@/lib/auth/session';
import { recordExists } from '@/lib/db/queries/records';

// An unknown id is a 404 before the page's loading state streams (a 404 inside the stream would be a 200).
export default async function Layout({ children, params }: { children: React.ReactNode; params: Promise<{ id: string }> }) {
  await requirePermission('tierReview:read');
  const { id } = await params;
  if (!(await recordExists(db, 'tierReview', id))) notFound();
  return children;
}
