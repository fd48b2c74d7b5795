'use client';
import { useTranslations } from 'next-intl';
import { ImportWizard } from '@/components/import/import-wizard';
import { SelectField } from '@/components/forms/field';
import { AMOUNT_UNITS, type AmountUnit } from '@/lib/domain/pipeline/amount';
import { PIPELINE_FIELDS, type PipelineMapping } from '@/lib/domain/pipeline/headers';
import { pipelineImportStatusAction, previewPipelineImportAction, startPipelineImportAction } from './actions';

/** The pipeline sheet import: the shared wizard with the pipeline fields and the unit of 금액 declared in the mapping. */
export function PipelineImportWizard() {
  const t = useTranslations('pipeline');
  return (
    <ImportWizard<PipelineMapping>
      uploadUrl="/opportunities/import/upload"
      errorsUrl={(id) => `/api/v1/opportunities/imports/${id}/errors.csv`}
      fields={PIPELINE_FIELDS}
      fieldLabel={(f) => t(`fields.${f as 'name'}`)}
      rowErrorLabel={(r) => (t.has(`rowErrors.${r}`) ? t(`rowErrors.${r as 'required'}`) : r)}
      problemLabel={(p) =>
        p.code === 'missingColumn' && p.column && t.has(`fields.${p.column}`)
          ? t('import.problems.missingField', { field: t(`fields.${p.column as 'name'}`) })
          : t(`import.problems.${p.code as 'emptyHeader'}`, { column: p.column ?? '' })
      }
      blockingCodes={['emptyHeader', 'missingColumn', 'amountUnitMissing']}
      columnsOf={(m) => m.columns}
      withColumns={(m, columns) => ({ ...m, columns })}
      extraControls={(m, update) => (
        <div className="max-w-xs">
          <SelectField
            label={t('import.amountUnit')}
            name="amountUnit"
            value={m.amountUnit ?? ''}
            onChange={(e) => update({ ...m, amountUnit: (e.target.value || null) as AmountUnit | null })}
            placeholder={t('import.amountUnitNone')}
            options={AMOUNT_UNITS.map((u) => [u, t(`import.units.${u}`)] as const)}
          />
        </div>
      )}
      previewAction={previewPipelineImportAction}
      startAction={startPipelineImportAction}
      statusAction={pipelineImportStatusAction}
    />
  );
}
