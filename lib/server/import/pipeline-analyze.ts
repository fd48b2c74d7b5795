import 'server-only';
import {
  autoMapPipeline,
  checkPipelineMapping,
  pipelineDuplicateTargets,
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
export function blockingPipelineProblems(headers: string[], mapping: PipelineMapping): string[] {
  const out: string[] = [];
  if (!headers.length || headers.every((h) => !h)) out.push('emptyHeader');
  for (const p of checkPipelineMapping(mapping, headers.length)) out.push(p.code);
  if (pipelineDuplicateTargets(mapping.columns).length) out.push('mappingDuplicate');
  for (const f of PIPELINE_FIELDS) {
    const c = mapping.columns[f];
    if (c !== null && c !== undefined && c >= headers.length) out.push('mappingOutOfRange');
  }
  return [...new Set(out)];
}
