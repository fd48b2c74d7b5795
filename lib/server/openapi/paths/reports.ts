import { reportQuerySchema, reportResponseSchema } from '@/lib/validation/reports';
import type { ApiOperation } from '../types';

const common: Pick<ApiOperation, 'tags' | 'query'> = { tags: ['reports'], query: reportQuerySchema };
const errors = {
  400: {
    description: 'Unknown grouping, a malformed date, a reversed period, an as-of date in the future or before the first tier history',
  },
};

export const reportsOperations: ApiOperation[] = [
  {
    ...common,
    method: 'get',
    path: '/api/v1/reports/one-page',
    summary:
      'One-page TM report: tier × business matrix (rows=country|category|region; period from/to on the expected close date; asOf rebuilds tiers from history and adds the movement since)',
    responses: {
      200: { description: 'The matrix with exact decimal sums; an empty report says why (emptyReason)', schema: reportResponseSchema },
      ...errors,
    },
  },
  {
    ...common,
    method: 'get',
    path: '/api/v1/reports/one-page.xlsx',
    summary: 'The same matrix as an XLSX workbook (Korean headers, sums as formulas, won/lost styled)',
    responses: {
      200: { description: 'XLSX file', contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' },
      ...errors,
    },
  },
  {
    ...common,
    method: 'get',
    path: '/api/v1/reports/one-page.csv',
    summary: 'The same matrix as CSV (UTF-8 with BOM; cells starting with = + - @ are neutralised)',
    responses: { 200: { description: 'CSV file', contentType: 'text/csv' }, ...errors },
  },
];
