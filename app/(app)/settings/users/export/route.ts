// /settings/users/export — the settings table's download link; the handler is GET /api/v1/users/export's.
export { GET } from '@/app/api/v1/users/export/route';
