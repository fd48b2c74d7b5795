// What an import batch's status says, to the wizard (its polling action) and to the API
// (GET …/imports/{batchId}): one shape for both.
export type ImportRowErrorView = { row: number; column?: string; message: string };

export type ImportStatusView = {
  batchId: string;
  status: 'pending' | 'running' | 'done' | 'failed';
  dryRun: boolean;
  processed: number;
  total: number | null;
  created: number;
  updated: number;
  skipped: number;
  failed: number;
  message: string | null;
  errors: ImportRowErrorView[];
};
