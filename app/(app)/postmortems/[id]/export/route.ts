// /postmortems/{id}/export — the record page's action-item download links; the handler is GET /api/v1/postmortems/{id}/export's.
export { GET } from '@/app/api/v1/postmortems/[id]/export/route';
