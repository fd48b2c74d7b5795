import 'server-only';
import { blockingMappingProblems } from '@/lib/domain/import/columns';
import {
  autoMapPipeline,
  checkPipelineMapping,
  PIPELINE_FIELDS,
  type PipelineField,
  type PipelineHeaderProblem,
  type PipelineMapping,
} from '@/lib/domain/pipeline/headers';
import { normalizePipelineRow } from '@/lib/domain/pipeline/row';
import { pipelineRefs, seoulToday } from './pipeline-runner';
import { analyzeHead, type HeadAnalysis } from './preview';

export type PipelineAnalysis = HeadAnalysis<PipelineMapping, PipelineHeaderProblem, PipelineField>;

/** The header and the first rows, each checked by the row rules with the (corrected) mapping. */
export function analyzePipelineFile(path: string, mapping?: PipelineMapping): Promise<PipelineAnalysis> {
  return analyzeHead(path, mapping, {
    autoMap: autoMapPipeline,
    keepHeaderProblem: (p) => p.code === 'duplicateHeader' || p.code === 'emptyHeader',
    checkMapping: checkPipelineMapping,
    rowRules: async () => {
      const refs = await pipelineRefs();
      const today = seoulToday();
      return (cells, m) => normalizePipelineRow(cells, m, refs, today);
    },
  });
}

/** Problems that stop an import with this mapping. */
export const blockingPipelineProblems = (headers: string[], mapping: PipelineMapping): string[] =>
  blockingMappingProblems(
    headers,
    PIPELINE_FIELDS,
    mapping.columns,
    checkPipelineMapping(mapping, headers.length).map((p) => p.code),
  );
