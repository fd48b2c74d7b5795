import { NextResponse } from 'next/server';
import { db } from '@/lib/db/client';
import { defineColumns } from '@/components/data-table/columns';
import { formatDateTime } from '@/lib/domain/format';
import { apiRoute } from '@/lib/server/api';
import { issueImportSetupLinks, type ImportSetupLink } from '@/lib/server/commands/people/import-setup-links';
import { exportResponse, serverTranslator } from '@/lib/server/export';
import { importSetupLinksParamsSchema, importSetupLinksQuerySchema } from '@/lib/validation/users';

// POST /api/v1/users/imports/{batchId}/setup-links?format=csv|xlsx|json — a one-time setup link for
// everyone the people import created (name, email, link, expiry), made now and shown only in this
// answer (no-store). Asking again makes new links and voids the earlier unused ones.
export const POST = apiRoute(
  { permission: 'users:manage', params: importSetupLinksParamsSchema, query: importSetupLinksQuerySchema },
  async ({ session, params, query, req }) => {
    const links = await issueImportSetupLinks(db, session, params.batchId);
    const url = (l: ImportSetupLink) => new URL(l.path, req.nextUrl.origin).toString();
    if (query.format === 'json')
      return NextResponse.json(
        { links: links.map((l) => ({ name: l.name, email: l.email, setupUrl: url(l), setupExpiresAt: l.expiresAt })) },
        { headers: { 'cache-control': 'no-store' } },
      );
    const t = serverTranslator(session.locale, 'people.import.links.columns');
    const res = exportResponse({
      format: query.format,
      filename: 'setup-links',
      sheetName: 'setup-links',
      columns: defineColumns<ImportSetupLink>([
        { id: 'name', header: t('name'), value: (l) => l.name },
        { id: 'email', header: t('email'), value: (l) => l.email },
        { id: 'setupUrl', header: t('setupUrl'), value: url },
        { id: 'expiresAt', header: t('expiresAt'), value: (l) => formatDateTime(l.expiresAt, session.locale) },
      ]),
      rows: links,
    });
    res.headers.set('x-link-count', String(links.length));
    return res;
  },
);
