import { requirePermission } from '@/lib/auth/session';
import { ImportPage } from '@/components/import/import-page';
import { AccountImportWizard } from './accounts-wizard';

export default async function AccountImportPage() {
  await requirePermission('account:edit'); // also in ./layout.tsx, before the loading state
  return (
    <ImportPage ns="accounts.import" back="/accounts">
      <AccountImportWizard />
    </ImportPage>
  );
}
