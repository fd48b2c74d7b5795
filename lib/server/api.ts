import 'server-only';
import { NextResponse, type NextRequest } from 'next/server';
import { z } from '@/lib/validation/z';
import { db } from '@/lib/db/client';
import { can, type Permission } from '@/lib/auth/permissions';
import { SESSION_COOKIE } from '@/lib/auth/config';
import { getSession, type AppSession } from '@/lib/auth/session';
import { isLocale, type Locale } from '@/lib/i18n/messages';
import { translateError, translateFieldMessage } from '@/lib/i18n/translate';
import { sessionFromBearer } from './api-auth';
import { DomainError, STATUS_OF, type ErrorCode, type FieldError } from './errors';
import { logger } from './logger';
import { hstsHeader } from './security-headers';
import { hitRateLimit } from './rate-limit';
import { parseOptions, zodFields } from './zod-errors';

// The /api/v1 wrapper: authenticate (Bearer token, else the cookie session) → authorize by role
// (can) → parse (query, params, JSON body, strict zod) → run the same command the page's action runs.
// Every failure is the SPEC's `{ error: { code, message, fields? } }`; nothing leaks a stack.

export const DEFAULT_MAX_BODY = 1024 * 1024; // 1 MB of JSON
const API_RATE_LIMIT = { limit: 1200, windowS: 60 };

export type ApiContext<Q, B, P> = { session: AppSession; query: Q; body: B; params: P; req: NextRequest; locale: Locale };

/** The language the request asks for (locale cookie, else Accept-Language), or undefined. */
function requestedLocale(req: NextRequest): Locale | undefined {
  const l = req.cookies.get('tierline-locale')?.value;
  if (isLocale(l)) return l;
  const accept = req.headers.get('accept-language');
  if (!accept) return undefined;
  return /^\s*ko\b/i.test(accept) ? 'ko' : 'en';
}

function localeOf(req: NextRequest): Locale {
  return requestedLocale(req) ?? 'en';
}

/** True when an Origin header names another site than this request's host (CSRF); `null` and garbage count as foreign. */
export function isForeignOrigin(origin: string | null, host: string | null): boolean {
  if (!origin) return false;
  try {
    return new URL(origin).host !== host;
  } catch {
    return true; // "null" (sandboxed frames, privacy redirects) or a malformed value
  }
}

/** Every API answer: never cached (per-user JSON, exports), HSTS on an https deployment. */
export function withApiHeaders(res: Response): Response {
  try {
    if (!res.headers.has('cache-control')) res.headers.set('Cache-Control', 'no-store');
    const hsts = hstsHeader();
    if (hsts) res.headers.set(...hsts);
  } catch {
    /* immutable headers (a Response we did not build): leave them */
  }
  return res;
}

/** A percent-encoded header (e.g. X-File-Name) decoded, or a 400 when the escape is malformed. */
export function decodeHeader(value: string | null, fallback: string): string {
  if (value === null) return fallback;
  try {
    return decodeURIComponent(value);
  } catch {
    throw new DomainError('VALIDATION', 'badHeader');
  }
}

export function apiError(
  locale: Locale,
  code: ErrorCode | 'INTERNAL',
  key: string,
  opts: { params?: Record<string, string | number>; fields?: FieldError[]; details?: unknown; headers?: HeadersInit } = {},
) {
  const status = code === 'INTERNAL' ? 500 : STATUS_OF[code];
  const body: Record<string, unknown> = {
    error: {
      code,
      message: translateError(locale, key, opts.params),
      ...(opts.fields?.length ? { fields: opts.fields } : {}),
      ...(opts.details !== undefined ? { details: opts.details } : {}),
    },
  };
  if (code === 'CONFLICT' && opts.details !== undefined) body.current = opts.details;
  return NextResponse.json(body, { status, headers: opts.headers });
}

export function errorResponse(locale: Locale, error: unknown) {
  if (error instanceof DomainError) {
    // field messages that are message keys are translated here, never inside the command
    const fields = error.fields?.map((f) => ({ path: f.path, message: translateFieldMessage(locale, f.message, error.params) }));
    const retry = (error.details as { retryAfterSeconds?: unknown } | undefined)?.retryAfterSeconds;
    return apiError(locale, error.code, error.key, {
      params: error.params,
      fields,
      details: error.details,
      headers: error.code === 'RATE_LIMITED' && typeof retry === 'number' ? { 'Retry-After': String(retry) } : undefined,
    });
  }
  logger.error({ err: error }, 'api route failed');
  return apiError(locale, 'INTERNAL', 'generic');
}

/** Read a request body as text, refusing more than maxBytes (413) even without Content-Length. */
export async function readBodyLimited(req: NextRequest, maxBytes: number): Promise<Uint8Array> {
  const declared = Number(req.headers.get('content-length') ?? 'NaN');
  if (Number.isFinite(declared) && declared > maxBytes) throw new DomainError('TOO_LARGE', 'tooLarge');
  if (!req.body) return new Uint8Array();
  const reader = req.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      throw new DomainError('TOO_LARGE', 'tooLarge');
    }
    chunks.push(value);
  }
  const out = new Uint8Array(size);
  let o = 0;
  for (const c of chunks) {
    out.set(c, o);
    o += c.byteLength;
  }
  return out;
}

export async function authenticate(req: NextRequest): Promise<AppSession | null> {
  const bearer = await sessionFromBearer(db, req.headers.get('authorization'));
  if (bearer) return bearer;
  if (req.headers.get('authorization')) return null; // a bad token is not silently replaced by a cookie
  if (!req.cookies.has(SESSION_COOKIE)) return null;
  const session = await getSession();
  if (!session) return null;
  // cookie-authenticated writes must come from our own pages (CSRF)
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    if (isForeignOrigin(req.headers.get('origin'), req.headers.get('host'))) throw new DomainError('FORBIDDEN', 'crossOrigin');
  }
  return session;
}

type Schema = z.ZodType;
type Out<S> = S extends z.ZodType ? z.output<S> : undefined;

export function apiRoute<
  QS extends Schema | undefined = undefined,
  BS extends Schema | undefined = undefined,
  PS extends Schema | undefined = undefined,
>(
  config: {
    permission: Permission;
    query?: QS;
    body?: BS;
    params?: PS;
    maxBodyBytes?: number;
    /** handle the raw body yourself (file uploads): the wrapper then skips JSON parsing */
    rawBody?: boolean;
  },
  handler: (ctx: ApiContext<Out<QS>, Out<BS>, Out<PS>>) => Promise<Response | unknown>,
) {
  const route = async (req: NextRequest, routeCtx: { params: Promise<Record<string, string | string[]>> }): Promise<Response> =>
    withApiHeaders(await answer(req, routeCtx));
  const answer = async (req: NextRequest, routeCtx: { params: Promise<Record<string, string | string[]>> }): Promise<Response> => {
    const locale = localeOf(req);
    try {
      const authed = await authenticate(req);
      // the request's language wins over the user's stored one (fields[] messages, command messages)
      const session = authed ? { ...authed, locale: requestedLocale(req) ?? authed.locale } : null;
      if (!session) return apiError(locale, 'UNAUTHENTICATED', 'unauthenticated', { headers: { 'WWW-Authenticate': 'Bearer' } });

      const rl = await hitRateLimit(db, `api:${session.userId}`, API_RATE_LIMIT.limit, API_RATE_LIMIT.windowS);
      if (!rl.allowed) {
        return apiError(locale, 'RATE_LIMITED', 'rateLimited', {
          headers: { 'Retry-After': String(Math.max(1, Math.ceil((rl.resetAt.getTime() - Date.now()) / 1000))) },
        });
      }

      // authorize by role before reading anything the caller sent
      if (!can(session.roles, config.permission)) return apiError(locale, 'FORBIDDEN', 'forbidden');

      const zodOpts = parseOptions(locale);
      const params = config.params ? config.params.safeParse(await routeCtx.params, zodOpts) : { success: true as const, data: undefined };
      if (!params.success) return apiError(locale, 'NOT_FOUND', 'notFound');

      const query = config.query
        ? config.query.safeParse(Object.fromEntries(req.nextUrl.searchParams.entries()), zodOpts)
        : { success: true as const, data: undefined };
      if (!query.success) return apiError(locale, 'VALIDATION', 'validation', { fields: zodFields(query.error, locale) });

      let body: unknown = undefined;
      if (config.body && !config.rawBody) {
        const type = req.headers.get('content-type') ?? '';
        if (!/^application\/(.+\+)?json\b/i.test(type)) return apiError(locale, 'UNSUPPORTED_MEDIA_TYPE', 'unsupportedMediaType');
        const bytes = await readBodyLimited(req, config.maxBodyBytes ?? DEFAULT_MAX_BODY);
        let json: unknown;
        try {
          json = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
        } catch {
          return apiError(locale, 'VALIDATION', 'malformedJson');
        }
        const parsed = config.body.safeParse(json, zodOpts);
        if (!parsed.success) return apiError(locale, 'VALIDATION', 'validation', { fields: zodFields(parsed.error, locale) });
        body = parsed.data;
      }

      const result = await handler({ session, query: query.data as never, body: body as never, params: params.data as never, req, locale });
      if (result instanceof Response) return result;
      return NextResponse.json(result ?? { ok: true });
    } catch (error) {
      return errorResponse(locale, error);
    }
  };
  // the route sweep test reads this to prove every /api/v1 handler is guarded
  return Object.assign(route, { permission: config.permission });
}
