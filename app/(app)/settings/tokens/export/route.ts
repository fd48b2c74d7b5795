// /settings/tokens/export — the settings table's download link; the handler is GET /api/v1/tokens/export's.
export { GET } from '@/app/api/v1/tokens/export/route';
