import { db } from '@/lib/db/client';
import { getSetting } from '@/lib/server/settings';
import { QualificationForm } from './qualification-form';

// Settings → SQL qualification rules (admins only; the page renders this for admins and the
// action re-checks 'settings:manage').
export async function QualificationSettings() {
  return <QualificationForm rules={await getSetting(db, 'qualificationRules')} />;
}
