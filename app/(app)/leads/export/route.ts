import { PassThrough, Readable } from 'node:stream';
import '@/lib/server/import/exceljs-fix'; // before exceljs: keeps the import reader UTF-8 safe whichever loads first
import ExcelJS from 'exceljs';
import { apiRoute } from '@/lib/server/api';
import { pgPool } from '@/lib/db/pg';
import { listLeadsPage } from '@/lib/db/queries/leads';
import { csvLine, neutraliseCell } from '@/lib/domain/format/csv';
import { leadScope } from '@/lib/server/commands/leads/leads';
import { translateError } from '@/lib/i18n/translate';
import { listLeadsQuerySchema } from '@/lib/validation/leads';
import { z } from 'zod';

// GET /leads/export?format=csv|xlsx&<the inbox filters> — the current filter, streamed page by
// page (keyset), cells beginning with = + - @ neutralised so a spreadsheet never runs them.
const MAX_EXPORT = 200_000;
const exportQuery = listLeadsQuerySchema.extend({ format: z.enum(['csv', 'xlsx']).default('csv') });

const COLUMNS = [
  'email',
  'name',
  'company',
  'phone',
  'temperature',
  'source',
  'campaign',
  'status',
  'owner',
  'budget',
  'createdAt',
] as const;

export const GET = apiRoute({ permission: 'lead:export', query: exportQuery }, async ({ session, query, locale }) => {
  const scope = leadScope(session);
  if (query.q && query.sort.startsWith('company')) query.sort = 'created_desc'; // as the inbox orders a search
  const header = COLUMNS.map((c) => translateError(locale, c === 'owner' ? 'leads.fields.owner' : `leads.fields.${c}`));
  async function* rows() {
    let cursor: string | undefined;
    let n = 0;
    do {
      const page = await listLeadsPage(pgPool, { ...query, cursor, limit: 2000 }, scope, session.userId);
      for (const r of page.items) {
        yield [r.email, r.name, r.company, r.phone, r.temperature, r.source, r.campaign, r.status, r.ownerName, r.budget, r.createdAt];
        if (++n >= MAX_EXPORT) return;
      }
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
  }
  const stamp = new Date().toISOString().slice(0, 10);
  if (query.format === 'csv') {
    const enc = new TextEncoder();
    const it = rows();
    let first = true;
    const stream = new ReadableStream<Uint8Array>({
      async pull(c) {
        if (first) {
          first = false;
          c.enqueue(enc.encode('\uFEFF' + csvLine(header) + '\r\n'));
        }
        const batch: string[] = [];
        for (let i = 0; i < 500; i++) {
          const r = await it.next();
          if (r.done) {
            if (batch.length) c.enqueue(enc.encode(batch.join('')));
            c.close();
            return;
          }
          batch.push(csvLine(r.value) + '\r\n');
        }
        c.enqueue(enc.encode(batch.join('')));
      },
    });
    return new Response(stream, {
      headers: { 'content-type': 'text/csv; charset=utf-8', 'content-disposition': `attachment; filename="leads-${stamp}.csv"` },
    });
  }
  const out = new PassThrough();
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useSharedStrings: false, useStyles: false });
  const ws = wb.addWorksheet('Leads');
  void (async () => {
    try {
      ws.addRow(header).commit();
      for await (const r of rows()) ws.addRow(r.map((v) => (typeof v === 'string' ? neutraliseCell(v) : (v ?? '')))).commit();
      ws.commit();
      await wb.commit();
    } catch (e) {
      out.destroy(e as Error);
    }
  })();
  return new Response(Readable.toWeb(out) as ReadableStream, {
    headers: {
      'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      'content-disposition': `attachment; filename="leads-${stamp}.xlsx"`,
    },
  });
});
