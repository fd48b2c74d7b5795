'use client';
import { useTranslations } from 'next-intl';
import { ImportWizard } from '@/components/import/import-wizard';
import { ACCOUNT_IMPORT_FIELDS, type AccountImportMapping } from '@/lib/domain/accounts/import';
import { accountImportStatusAction, previewAccountImportAction, startAccountImportAction } from './actions';

/** Accounts + contacts: the shared import wizard with the account and contact fields. */
export function AccountImportWizard() {
  const t = useTranslations('accounts.import');
  return (
    <ImportWizard<AccountImportMapping>
      uploadUrl="/accounts/import/upload"
      errorsUrl={(id) => `/api/v1/accounts/imports/${id}/errors.csv`}
      fields={ACCOUNT_IMPORT_FIELDS}
      fieldLabel={(f) => t(`fields.${f as 'accountName'}`)}
      rowErrorLabel={(r) => (t.has(`rowErrors.${r}`) ? t(`rowErrors.${r as 'required'}`, { row: '' }) : r)}
      problemLabel={(p) =>
        p.code === 'missingColumn' && p.column && t.has(`fields.${p.column}`)
          ? t('problems.missingField', { field: t(`fields.${p.column as 'accountName'}`) })
          : t(`problems.${p.code as 'emptyHeader'}`, { column: p.column ?? '' })
      }
      blockingCodes={['emptyHeader', 'missingColumn', 'mappingDuplicate', 'mappingOutOfRange']}
      columnsOf={(m) => m}
      withColumns={(_m, columns) => columns as AccountImportMapping}
      previewAction={previewAccountImportAction}
      startAction={startAccountImportAction}
      statusAction={accountImportStatusAction}
    />
  );
}
