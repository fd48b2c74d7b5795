// The shared table kit — see components/README.md.
export { DataTable, type DataTableProps } from './data-table';
export { DataTableSkeleton } from './skeleton';
export { useTableUrl } from './use-table-url';
export { useColumns } from './use-columns';
export { columnsTable, type ColumnBuilder, type ColumnsTableOptions, type ColumnsTableProps } from './columns-table';
export { defineColumns, exportColumns, type CellValue, type Column, type Translate } from './columns';
export { defaultSortCodec, enumSortCodec, type SortCodec, type SortState } from './url-state';
