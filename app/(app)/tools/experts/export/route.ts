// /tools/experts/export — the experts table's download link; the handler is GET /api/v1/experts/export's.
export { GET } from '@/app/api/v1/experts/export/route';
