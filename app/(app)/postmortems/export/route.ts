// /postmortems/export — the lists' download links; the handler is GET /api/v1/postmortems/export's.
export { GET } from '@/app/api/v1/postmortems/export/route';
