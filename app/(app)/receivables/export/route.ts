// /receivables/export — the list's download link (cookie session); the handler, its authorization
// and its columns are GET /api/v1/receivables/export's (reachable with an API token).
export { GET } from '@/app/api/v1/receivables/export/route';
