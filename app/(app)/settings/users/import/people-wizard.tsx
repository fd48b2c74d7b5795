'use client';
import { useTranslations } from 'next-intl';
import { ImportWizard } from '@/components/import/import-wizard';
import { PEOPLE_FIELDS, type PeopleMapping } from '@/lib/domain/people/import';
import { ImportSetupLinks } from './setup-links';
import { peopleImportStatusAction, previewPeopleImportAction, startPeopleImportAction } from './actions';

/** Bulk people: the shared import wizard with the people fields (이름, 이메일, 역할, 팀, 관리자 이메일). */
export function PeopleImportWizard() {
  const t = useTranslations('people.import');
  return (
    <ImportWizard<PeopleMapping>
      uploadUrl="/settings/users/import/upload"
      errorsUrl={(id) => `/api/v1/users/imports/${id}/errors.csv`}
      fields={PEOPLE_FIELDS}
      fieldLabel={(f) => t(`fields.${f as 'name'}`)}
      rowErrorLabel={(r) => (t.has(`rowErrors.${r}`) ? t(`rowErrors.${r as 'required'}`) : r)}
      problemLabel={(p) =>
        p.code === 'missingColumn' && p.column && t.has(`fields.${p.column}`)
          ? t('problems.missingField', { field: t(`fields.${p.column as 'name'}`) })
          : t(`problems.${p.code as 'emptyHeader'}`, { column: p.column ?? '' })
      }
      blockingCodes={['emptyHeader', 'missingColumn', 'mappingDuplicate', 'mappingOutOfRange']}
      columnsOf={(m) => m}
      withColumns={(_m, columns) => columns as PeopleMapping}
      previewAction={previewPeopleImportAction}
      startAction={startPeopleImportAction}
      statusAction={peopleImportStatusAction}
      resultExtra={(s) => (s.status === 'done' && !s.dryRun && s.created > 0 ? <ImportSetupLinks batchId={s.batchId} /> : null)}
    />
  );
}
