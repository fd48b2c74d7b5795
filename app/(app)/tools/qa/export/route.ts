// /tools/qa/export — the Q&A table's download link; the handler is GET /api/v1/qa-entries/export's.
export { GET } from '@/app/api/v1/qa-entries/export/route';
