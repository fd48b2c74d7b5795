import { requireSession } from '@/lib/auth/session';
import { NotBuiltYet } from '@/components/not-built-yet';

export default async function Page() {
  await requireSession();
  return <NotBuiltYet titleKey="nav.vrb" />;
}
