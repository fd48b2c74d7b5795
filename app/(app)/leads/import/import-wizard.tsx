'use client';
import { useTranslations } from 'next-intl';
import { ImportWizard } from '@/components/import/import-wizard';
import { LEAD_FIELDS, type ColumnMapping } from '@/lib/domain/import/headers';
import { importStatusAction, previewImportAction, startImportAction } from '../actions';

/** The lead import: the shared wizard with the lead fields and the /leads actions. */
export function LeadImportWizard() {
  const t = useTranslations('leads');
  return (
    <ImportWizard<ColumnMapping>
      uploadUrl="/leads/import/upload"
      errorsUrl={(id) => `/api/v1/leads/imports/${id}/errors.csv`}
      fields={LEAD_FIELDS}
      fieldLabel={(f) => t(`fields.${f as 'email'}`)}
      rowErrorLabel={(r) => t(`rowErrors.${r as 'required'}`)}
      problemLabel={(p) => t(`import.problems.${p.code as 'emptyHeader'}`, { column: p.column ?? '' })}
      blockingCodes={['noKeyColumn', 'emptyHeader']}
      columnsOf={(m) => m}
      withColumns={(_m, columns) => columns as ColumnMapping}
      previewAction={previewImportAction}
      startAction={startImportAction}
      statusAction={importStatusAction}
    />
  );
}
