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
import { type FileInfo, readFileHead } from './source';

export type PipelinePreviewRow = { row: number; cells: string[]; errors: { field: PipelineField | null; reason: string }[] };
export type PipelineAnalysis = {
  info: FileInfo;
  headers: string[];
  autoMapping: PipelineMapping;
  problems: PipelineHeaderProblem[];
  preview: PipelinePreviewRow[];
  hasData: boolean;
};

const PREVIEW_ROWS = 20;

/** The header and the first rows, each checked by the row rules with the (corrected) mapping. */
export async function analyzePipelineFile(path: string, mapping?: PipelineMapping): Promise<PipelineAnalysis> {
  const { info, headers, data } = await readFileHead(path, PREVIEW_ROWS);
  const auto = autoMapPipeline(headers);
  const used = mapping ?? auto.mapping;
  const problems = mapping
    ? [
        ...auto.problems.filter((p) => p.code === 'duplicateHeader' || p.code === 'emptyHeader'),
        ...checkPipelineMapping(mapping, headers.length),
      ]
    : auto.problems;
  const refs = await pipelineRefs();
  const today = seoulToday();
  const preview = data.map((r) => {
    if (r.error) return { row: r.row, cells: r.cells, errors: [{ field: null, reason: r.error }] };
    const n = normalizePipelineRow(r.cells, used, refs, today);
    return { row: r.row, cells: r.cells, errors: n.ok ? [] : n.error };
  });
  return { info, headers, autoMapping: auto.mapping, problems, preview, hasData: data.length > 0 };
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
