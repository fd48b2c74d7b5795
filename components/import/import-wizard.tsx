'use client';
// The import wizard (leads, pipeline sheets): upload → header mapping you can correct with each
// preview cell's error → dry run or run as a background job with progress → counts and the error
// file. Each kind passes its fields, labels and server actions (nothing here imports from app/).
// The preview and the row errors are DataTables (./import-tables.tsx).
import { useEffect, useRef, useState, useTransition, type ReactNode } from 'react';
import { usePathname, useRouter, useSearchParams } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { Button } from '@/components/ui/button';
import { SectionCard } from '@/components/ui/card';
import { Progress } from '@/components/ui/progress';
import { FormError } from '@/components/forms/field';
import { formatNumber } from '@/lib/domain/format';
import type { ImportStatusView } from '@/lib/domain/import/status';
import { ImportErrorsTable, ImportPreviewTable, type PreviewRow } from './import-tables';

type Result<T> = { ok: true; data: T } | { ok: false; error: string };
type Problem = { code: string; column?: string };
type Upload<M> = {
  batchId: string;
  info: { kind: 'csv' | 'xlsx'; encoding: string | null };
  headers: string[];
  autoMapping: M;
  problems: Problem[];
  preview: PreviewRow[];
};
export type ImportStatus = ImportStatusView;

export type ImportWizardProps<M> = {
  /** the same-origin upload route (raw body, x-file-name) answering the analysis */
  uploadUrl: string;
  errorsUrl: (batchId: string) => string;
  fields: readonly string[];
  fieldLabel: (field: string) => string;
  rowErrorLabel: (reason: string) => string;
  problemLabel: (p: Problem) => string;
  /** problem codes that stop a run with this mapping */
  blockingCodes: readonly string[];
  /** the mapping's column part, and a mapping with new columns (other settings kept) */
  columnsOf: (mapping: M) => Partial<Record<string, number | null>>;
  withColumns: (mapping: M, columns: Partial<Record<string, number>>) => M;
  /** more mapping settings beside the columns (the amount unit): change calls update */
  extraControls?: (mapping: M, update: (next: M) => void) => ReactNode;
  previewAction: (input: { batchId: string; mapping: M }) => Promise<Result<{ problems: Problem[]; preview: PreviewRow[] }>>;
  startAction: (input: { batchId: string; mapping: M; dryRun: boolean }) => Promise<Result<{ batchId: string }>>;
  statusAction: (input: { batchId: string }) => Promise<Result<ImportStatus>>;
  /** more on the result of a finished run (the people import's setup links) */
  resultExtra?: (status: ImportStatus) => ReactNode;
};

export function ImportWizard<M>(props: ImportWizardProps<M>) {
  const { fields, previewAction, startAction, statusAction } = props;
  const t = useTranslations('leads');
  const tc = useTranslations('common');
  const router = useRouter();
  const pathname = usePathname();
  // a run in progress or finished is in the URL (?batch=<id>): a reload shows its progress or result
  const initialBatchId = useSearchParams().get('batch');
  const [upload, setUpload] = useState<Upload<M> | null>(null);
  const [mapping, setMapping] = useState<M | null>(null);
  const [preview, setPreview] = useState<PreviewRow[]>([]);
  const [problems, setProblems] = useState<Problem[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [uploading, setUploading] = useState(false);
  const [jobId, setJobId] = useState<string | null>(initialBatchId && /^[0-9a-f-]{36}$/i.test(initialBatchId) ? initialBatchId : null);
  const [status, setStatus] = useState<ImportStatus | null>(null);
  const [dragOver, setDragOver] = useState(false);
  const [pending, start] = useTransition();
  const inputRef = useRef<HTMLInputElement>(null);

  const onFile = async (file: File | undefined) => {
    if (!file) return;
    setError(null);
    setUploading(true);
    setStatus(null);
    setJobId(null);
    try {
      const res = await fetch(props.uploadUrl, {
        method: 'POST',
        body: file,
        headers: { 'content-type': file.type || 'application/octet-stream', 'x-file-name': encodeURIComponent(file.name) },
      });
      const json = await res.json().catch(() => null);
      if (!res.ok) {
        setError(json?.error?.message ?? t('errors.uploadFailed'));
        router.refresh(); // the failed file is in the history
        return;
      }
      setUpload(json);
      setMapping(json.autoMapping);
      setPreview(json.preview);
      setProblems(json.problems);
    } catch {
      setError(t('errors.uploadFailed'));
    } finally {
      setUploading(false);
      if (inputRef.current) inputRef.current.value = '';
    }
  };

  const columns = mapping ? props.columnsOf(mapping) : {};
  const update = (next: M) => {
    if (!upload) return;
    setMapping(next);
    start(async () => {
      const r = await previewAction({ batchId: upload.batchId, mapping: next });
      if (r.ok) {
        setPreview(r.data.preview);
        setProblems(r.data.problems);
        setError(null);
      } else setError(r.error);
    });
  };
  const changeMapping = (col: number, field: string) => {
    if (!mapping) return;
    const next: Partial<Record<string, number>> = {};
    for (const f of fields) {
      const c = columns[f];
      if (c !== undefined && c !== null && c !== col) next[f] = c;
    }
    if (field) next[field] = col;
    update(props.withColumns(mapping, next));
  };

  const run = (dryRun: boolean, from?: string) =>
    start(async () => {
      setError(null);
      const r = await startAction({ batchId: from ?? upload!.batchId, mapping: mapping!, dryRun });
      if (!r.ok) {
        setError(r.error);
        return;
      }
      setStatus(null);
      setJobId(r.data.batchId);
      router.replace(`${pathname}?batch=${r.data.batchId}`, { scroll: false });
    });

  useEffect(() => {
    if (!jobId) return;
    let stop = false;
    let timer: ReturnType<typeof setTimeout>;
    const tick = async () => {
      const r = await statusAction({ batchId: jobId });
      if (stop) return;
      if (r.ok) setStatus(r.data);
      else setError(r.error);
      const s = r.ok ? r.data.status : 'failed';
      if (s === 'pending' || s === 'running') timer = setTimeout(tick, 400);
      else router.refresh(); // history
    };
    void tick();
    return () => {
      stop = true;
      clearTimeout(timer);
    };
  }, [jobId, statusAction, router]);

  const reset = () => {
    setUpload(null);
    setStatus(null);
    setJobId(null);
    setError(null);
    router.replace(pathname, { scroll: false });
  };

  const blocking = problems.some((p) => props.blockingCodes.includes(p.code));
  const running = status && (status.status === 'pending' || status.status === 'running');

  // ── step 3: the job ──
  if (jobId) {
    return (
      <SectionCard title={t('import.steps.run')} bodyClassName="flex flex-col gap-4">
        <FormError message={error} />
        {!status || running ? (
          <div className="flex flex-col gap-2" aria-live="polite">
            <Progress value={status?.processed ?? 0} max={status?.total ?? null} label={t('import.progress')} />
            <p className="text-sm text-slate-600">
              {status?.total
                ? t('import.running', { processed: formatNumber(status.processed), total: formatNumber(status.total) })
                : t('import.runningUnknown', { processed: formatNumber(status?.processed ?? 0) })}
            </p>
          </div>
        ) : (
          <div className="flex flex-col gap-4" data-testid="import-result">
            <p role="status" className={`text-base font-semibold ${status.status === 'failed' ? 'text-rose-700' : 'text-slate-900'}`}>
              {status.status === 'failed' ? t('import.failed') : status.dryRun ? t('import.dryRunDone') : t('import.done')}
              {status.message ? <span className="block text-sm font-normal text-slate-600">{status.message}</span> : null}
            </p>
            <dl className="grid grid-cols-2 gap-3 sm:grid-cols-4">
              {(
                [
                  ['created', status.created, 'text-emerald-700'],
                  ['updated', status.updated, 'text-sky-700'],
                  ['skipped', status.skipped, 'text-slate-700'],
                  ['failedCount', status.failed, 'text-rose-700'],
                ] as const
              ).map(([k, v, c]) => (
                <div key={k} className="rounded-lg border border-slate-200 p-3">
                  <dt className="text-xs text-slate-500">{t(`import.${k}`)}</dt>
                  <dd className={`text-2xl font-semibold tabular-nums ${c}`} data-testid={`count-${k}`}>
                    {formatNumber(v)}
                  </dd>
                </div>
              ))}
            </dl>
            {status.errors.length ? <ImportErrorsTable errors={status.errors} errorsUrl={props.errorsUrl(status.batchId)} /> : null}
            {props.resultExtra ? props.resultExtra(status) : null}
            <div className="flex gap-2">
              {status.dryRun && status.status === 'done' ? (
                <Button disabled={pending} onClick={() => run(false, status.batchId)}>
                  {t('import.runAgain')}
                </Button>
              ) : null}
              <Button variant="secondary" onClick={reset}>
                {t('import.newImport')}
              </Button>
            </div>
          </div>
        )}
      </SectionCard>
    );
  }

  // ── step 1: the file ──
  if (!upload) {
    return (
      <SectionCard title={t('import.steps.upload')} bodyClassName="flex flex-col gap-3">
        <FormError message={error} />
        <div
          className={`flex flex-col items-center justify-center gap-2 rounded-lg border-2 border-dashed px-6 py-10 text-center ${dragOver ? 'border-indigo-500 bg-indigo-50' : 'border-slate-300 bg-slate-50'}`}
          onDragOver={(e) => {
            e.preventDefault();
            setDragOver(true);
          }}
          onDragLeave={() => setDragOver(false)}
          onDrop={(e) => {
            e.preventDefault();
            setDragOver(false);
            void onFile(e.dataTransfer.files[0]);
          }}
        >
          <p className="text-sm text-slate-700">{t('import.dropHere')}</p>
          <label className="cursor-pointer rounded-md bg-indigo-600 px-4 py-2 text-sm font-medium text-white focus-within:outline-2 focus-within:outline-offset-2 focus-within:outline-indigo-500 hover:bg-indigo-700">
            {t('import.choose')}
            <input
              ref={inputRef}
              type="file"
              className="sr-only"
              aria-label={t('import.fileLabel')}
              accept=".csv,.txt,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
              disabled={uploading}
              onChange={(e) => void onFile(e.target.files?.[0])}
            />
          </label>
          <p className="text-xs text-slate-500">{t('import.accepted')}</p>
          {uploading ? (
            <p role="status" className="text-sm text-indigo-700">
              {t('import.uploading')}
            </p>
          ) : null}
        </div>
      </SectionCard>
    );
  }

  // ── step 2: mapping + preview ──
  return (
    <SectionCard
      title={t('import.mappingTitle')}
      bodyClassName="flex flex-col gap-4"
      actions={
        <span className="text-xs text-slate-500">
          {t('import.detected', {
            format: upload.info.kind.toUpperCase(),
            encoding: upload.info.encoding?.toUpperCase() ?? 'XLSX',
            columns: upload.headers.length,
          })}
        </span>
      }
    >
      <p className="text-sm text-slate-600">{t('import.mappingHelp')}</p>
      {problems.length ? (
        <ul className="rounded-md border border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-800" data-testid="mapping-problems">
          {problems.map((p, i) => (
            <li key={i}>{props.problemLabel(p)}</li>
          ))}
        </ul>
      ) : null}
      {mapping && props.extraControls ? props.extraControls(mapping, update) : null}
      <FormError message={error} />
      <ImportPreviewTable
        headers={upload.headers}
        rows={preview}
        fields={fields}
        fieldLabel={props.fieldLabel}
        rowErrorLabel={props.rowErrorLabel}
        columns={columns}
        onMap={changeMapping}
        pending={pending}
      />
      <div className="flex flex-wrap gap-2">
        <Button variant="secondary" disabled={pending || blocking} onClick={() => run(true)}>
          {t('import.dryRun')}
        </Button>
        <Button disabled={pending || blocking} onClick={() => run(false)}>
          {t('import.run')}
        </Button>
        <Button variant="ghost" onClick={reset}>
          {tc('cancel')}
        </Button>
      </div>
    </SectionCard>
  );
}
