// /vrb/export — the queue's download link (cookie session); the handler and its authorization are
// GET /api/v1/vrb-queue/export's (reachable with an API token).
export { GET } from '@/app/api/v1/vrb-queue/export/route';
