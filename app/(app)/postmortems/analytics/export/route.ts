// /postmortems/analytics/export — the win/loss tables' download links; the handler is GET /api/v1/postmortems/analytics/export's.
export { GET } from '@/app/api/v1/postmortems/analytics/export/route';
