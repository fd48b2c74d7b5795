// /opportunities/{id}/power-map/export — the power map table's download links; the handler is GET /api/v1/opportunities/{id}/power-map/export's.
export { GET } from '@/app/api/v1/opportunities/[id]/power-map/export/route';
