// /settings/audit/export — the viewer's download link (cookie session); the handler, its
// authorization and its columns are GET /api/v1/audit/export's (reachable with an API token).
export { GET } from '@/app/api/v1/audit/export/route';
