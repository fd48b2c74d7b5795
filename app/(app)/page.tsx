import { redirect } from 'next/navigation';
import { requireSession } from '@/lib/auth/session';

// Each role lands where it works: reps and managers on their work list (내 업무), marketers in the
// lead inbox, VRB members in the queue, executives and admins on the dashboard.
export default async function Home() {
  const s = await requireSession();
  const r = new Set(s.roles);
  if (r.has('SALES_REP') || r.has('SALES_MANAGER')) redirect('/work');
  if (r.has('EXECUTIVE') || r.has('ADMIN')) redirect('/dashboard');
  if (r.has('MARKETER')) redirect('/leads');
  if (r.has('VRB_MEMBER') || r.has('VRB_CHAIR')) redirect('/vrb');
  redirect('/dashboard');
}
