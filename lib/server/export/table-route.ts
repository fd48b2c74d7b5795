import 'server-only';
import type { z } from '@/lib/validation/z';
import type { Permission } from '@/lib/auth/permissions';
import type { AppSession } from '@/lib/auth/session';
import type { Locale } from '@/lib/i18n/messages';
import { apiRoute } from '@/lib/server/api';
import type { Column, Translate } from '@/components/data-table/columns';
import { exportResponse, serverTranslator } from './index';
import type { ExportFormat } from './params';

type ExportQuery = { format: ExportFormat; hide: string[] };
type Filters<Q extends z.ZodType<ExportQuery>> = Omit<z.output<Q>, keyof ExportQuery>;

/**
 * GET /api/v1/<resource>/export for one table: apiRoute (permission) → the list's filters (`query`,
 * usually withExportParams(listQuery)) → the table's own columns, headed in the request's language
 * (else the user's own, not the API's English default), minus `hide` → its rows, as CSV or XLSX.
 * An export of several lists or sheets is written with apiRoute + exportResponse/workbookResponse.
 */
export function tableExportRoute<Q extends z.ZodType<ExportQuery>, Row>(o: {
  permission: Permission;
  query: Q;
  /** file name without date or extension, ASCII (e.g. 'leads'); may name the filter (a status) */
  filename: string | ((filters: Filters<Q>) => string);
  sheetName: string;
  /** the messages namespace the column headers are in */
  namespace?: string;
  columns: (t: Translate, locale: Locale) => readonly Column<Row>[];
  /** every row the filters match (an array, or keysetRows over the list the page pages through) */
  rows: (session: AppSession, filters: Filters<Q>) => AsyncIterable<Row> | Iterable<Row> | Promise<Iterable<Row>>;
}) {
  return apiRoute({ permission: o.permission, query: o.query }, async ({ session, query }) => {
    const { locale } = session;
    const { format, hide, ...rest } = query as ExportQuery;
    const filters = rest as Filters<Q>; // the list's own filters
    return exportResponse({
      format,
      hidden: hide,
      filename: typeof o.filename === 'string' ? o.filename : o.filename(filters),
      sheetName: o.sheetName,
      columns: o.columns(serverTranslator(locale, o.namespace), locale),
      rows: await o.rows(session, filters),
    });
  });
}
