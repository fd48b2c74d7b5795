import { notFound } from 'next/navigation';
import { db } from '@/lib/db/client';
import { opportunityExists } from '@/lib/db/queries/opportunities';
import { isUuid } from '@/lib/db/queries/accounts';

// An unknown id is a 404 before the page's loading state streams (a 404 inside the stream would be a 200).
export default async function Layout({ children, params }: { children: React.ReactNode; params: Promise<{ id: string }> }) {
  const { id } = await params;
  if (!isUuid(id) || !(await opportunityExists(db, id))) notFound();
  return children;
}
