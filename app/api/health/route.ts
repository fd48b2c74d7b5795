import { NextResponse } from 'next/server';
import { checkHealth } from '@/lib/server/health';

export const dynamic = 'force-dynamic';

// Liveness + readiness: the database answers and every committed migration is applied.
export async function GET() {
  const h = await checkHealth();
  return NextResponse.json(h, { status: h.ok ? 200 : 503 });
}
