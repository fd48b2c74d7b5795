// /tiers/reviews/{id}/export — the review page's download links; the handler is GET /api/v1/tier-reviews/{id}/export's.
export { GET } from '@/app/api/v1/tier-reviews/[id]/export/route';
