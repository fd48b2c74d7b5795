// /leads/export — the inbox's download link (cookie session). The handler, its authorization and
// its columns are the API's: GET /api/v1/leads/export (reachable with an API token).
export { GET } from '@/app/api/v1/leads/export/route';
