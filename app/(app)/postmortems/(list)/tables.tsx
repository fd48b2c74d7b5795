'use client';
import { columnsTable } from '@/components/data-table';
import { pendingColumns, postmortemColumns } from './columns';

export const PendingTable = columnsTable('postmortems', pendingColumns, {
  caption: 'list.pending',
  getRowId: (r) => r.opportunityId,
  rowHref: (r) => (r.postmortemId ? `/postmortems/${r.postmortemId}` : `/opportunities/${r.opportunityId}`),
  rowAttrs: (r) => ({ 'data-state': r.state }),
  rowClassName: (r) => (r.state === 'OVERDUE' ? 'bg-rose-50/60' : undefined),
  exportHref: '/postmortems/export?list=pending',
  testId: 'pending-table',
  maxHeight: 'none',
});

/** drafts or published: the page passes `args={[dateKey]}`, its `caption` and its `exportHref` */
export const PostmortemTable = columnsTable('postmortems', postmortemColumns, {
  caption: 'list.drafts',
  rowHref: (r) => `/postmortems/${r.id}`,
  maxHeight: 'none',
});
