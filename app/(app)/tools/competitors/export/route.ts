// /tools/competitors/export — the competitors table's download link; the handler is GET /api/v1/competitors/export's.
export { GET } from '@/app/api/v1/competitors/export/route';
