import 'server-only';
import type { NextRequest } from 'next/server';
import { pgPool } from '@/lib/db/pg';
import type { AppSession } from '@/lib/auth/session';
import type { Locale } from '@/lib/i18n/messages';
import { translateError } from '@/lib/i18n/translate';
import { DomainError } from '../../errors';
import { getOnePageReport } from './one-page';

/** The API routes' call: same command as the page; field messages translated for the caller. */
export async function reportForRequest(req: NextRequest, session: AppSession, locale: Locale) {
  try {
    return await getOnePageReport(pgPool, session, Object.fromEntries(req.nextUrl.searchParams.entries()), { locale });
  } catch (e) {
    if (e instanceof DomainError && e.fields)
      throw new DomainError(e.code, e.key, {
        params: e.params,
        fields: e.fields.map((f) => ({ path: f.path, message: translateError(locale, f.message, e.params) })),
        details: e.details,
      });
    throw e;
  }
}

export const exportFileName = (ext: string, asOf?: string) => `one-page-report-${asOf ?? new Date().toISOString().slice(0, 10)}.${ext}`;
