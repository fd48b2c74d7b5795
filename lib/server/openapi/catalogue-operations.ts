import type { z } from '@/lib/validation/z';
import { withExportParams } from '@/lib/server/export/params';
import { exportOperation } from './export-operation';
import { conflictWith } from './errors';
import { getOperation, listOperation, staleVersion, updateOperation, writeOperation, type OwnErrors, type Response } from './operations';
import { itemsOf, type ApiOperation } from './types';

// The sales-tools catalogues (issue 12: experts, competitors, Q&A entries) share one API shape,
// and so do the catalogue records linked to a deal (experts and competitors on an opportunity).

const TAGS = ['tools'];
const TOOLS_EDIT = 'Role may not edit sales tools (tools:edit)';

/** How the responses name the records: 'The entries', 'The entry'. */
type Names = { one: string; many: string };

/**
 * The five operations of a catalogue at /api/v1/<resource>: the filtered list, add, the table as a
 * file (…/export), one record (…/{id}) and edit (PATCH …/{id} with the version read; a stale one
 * is a 409 carrying the record now). tools:edit writes.
 */
export function catalogueOperations(
  o: Names & {
    resource: string;
    /** what add and edit answer, and a 409 carries */
    record: z.ZodType;
    list: { summary: string; query: z.ZodObject; item?: z.ZodType };
    add: { summary: string; body: z.ZodType; invalid?: string; responses?: OwnErrors['responses'] };
    exportSummary: string;
    /** GET …/{id}; `schema` is its answer when it says more than the record */
    view: { summary: string; schema?: z.ZodType };
    edit: { summary: string; body: z.ZodType; conflict?: Response };
  },
): ApiOperation[] {
  const base = `/api/v1/${o.resource}`;
  return [
    listOperation({
      path: base,
      summary: o.list.summary,
      tags: TAGS,
      query: o.list.query,
      ok: { description: `The ${o.many}`, schema: itemsOf(o.list.item ?? o.record) },
    }),
    writeOperation('post', {
      path: base,
      summary: o.add.summary,
      tags: TAGS,
      body: o.add.body,
      created: { description: 'Created', schema: o.record },
      invalid: o.add.invalid ?? 'Invalid input',
      forbidden: TOOLS_EDIT,
      responses: o.add.responses,
    }),
    exportOperation({ path: `${base}/export`, summary: o.exportSummary, tags: TAGS, query: withExportParams(o.list.query) }),
    getOperation({
      path: `${base}/{id}`,
      summary: o.view.summary,
      tags: TAGS,
      ok: { description: `The ${o.one}`, schema: o.view.schema ?? o.record },
    }),
    updateOperation({
      path: `${base}/{id}`,
      summary: o.edit.summary,
      tags: TAGS,
      body: o.edit.body,
      ok: { description: `The ${o.one}`, schema: o.record },
      invalid: 'Invalid input',
      forbidden: TOOLS_EDIT,
      notFound: 'Not found',
      conflict: o.edit.conflict ?? staleVersion(conflictWith(o.record), `Stale version (details and current: the ${o.one} now)`),
    }),
  ];
}

/**
 * A catalogue's records on a deal, at /api/v1/opportunities/{id}/<resource>: the list (GET), link
 * or change what is said about the link (PUT …/{<param>}), unlink (DELETE …/{<param>}). Both
 * writes answer the deal's list; a deal the caller reads but may not edit is a 403.
 */
export function dealLinkOperations(
  o: Names & {
    resource: string;
    /** the linked record's path parameter, e.g. 'expertId' */
    param: string;
    item: z.ZodType;
    body: z.ZodType;
    summaries: { list: string; link: string; unlink: string };
  },
): ApiOperation[] {
  const base = `/api/v1/opportunities/{id}/${o.resource}`;
  const tags = ['opportunities', ...TAGS];
  const list = { description: `The deal’s ${o.many}`, schema: itemsOf(o.item) };
  const forbidden = 'Role may not edit, or the deal is not yours or your team’s (you can read it)';
  return [
    getOperation({ path: base, summary: o.summaries.list, tags, ok: { description: `The ${o.many}`, schema: list.schema } }),
    writeOperation('put', {
      path: `${base}/{${o.param}}`,
      summary: o.summaries.link,
      tags,
      body: o.body,
      ok: list,
      invalid: `Invalid input or unknown ${o.one}`,
      forbidden,
      notFound: 'Deal not found',
    }),
    writeOperation('delete', {
      path: `${base}/{${o.param}}`,
      summary: o.summaries.unlink,
      tags,
      ok: list,
      forbidden,
      notFound: `Deal not found, or the ${o.one} is not on it`,
    }),
  ];
}
