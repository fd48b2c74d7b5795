import { NextResponse, type NextRequest } from 'next/server';
import { db } from '@/lib/db/client';
import { apiError, errorResponse, readBodyLimited } from '@/lib/server/api';
import { issueApiToken } from '@/lib/server/commands/api-tokens';
import { verifyCredentials } from '@/lib/server/commands/sign-in';
import { zodFields } from '@/lib/server/zod-errors';
import { requestAddress } from '@/lib/server/client-address';
import { issueTokenSchema } from '@/lib/validation/tokens';

// POST /api/v1/tokens { email, password, name } → { token }. The one /api/v1 route that takes a
// password instead of a token; rate-limited like the sign-in form (same function).
export async function POST(req: NextRequest) {
  const locale = 'en' as const;
  try {
    if (!/^application\/(.+\+)?json\b/i.test(req.headers.get('content-type') ?? '')) {
      return apiError(locale, 'UNSUPPORTED_MEDIA_TYPE', 'unsupportedMediaType');
    }
    let json: unknown;
    try {
      json = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(await readBodyLimited(req, 16 * 1024)));
    } catch (e) {
      if (e instanceof Error && e.name === 'DomainError') throw e;
      return apiError(locale, 'VALIDATION', 'malformedJson');
    }
    const parsed = issueTokenSchema.safeParse(json);
    if (!parsed.success) return apiError(locale, 'VALIDATION', 'validation', { fields: zodFields(parsed.error) });
    const ip = requestAddress(req.headers); // the socket peer; X-Forwarded-For only through TRUSTED_PROXIES
    const { userId } = await verifyCredentials(db, { email: parsed.data.email, password: parsed.data.password, ip });
    const t = await issueApiToken(db, userId, parsed.data.name);
    return NextResponse.json({ token: t.token, id: t.id, name: t.name }, { status: 201 });
  } catch (e) {
    return errorResponse(locale, e);
  }
}
