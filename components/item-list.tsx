import type * as React from 'react';

/**
 * A short list on a page or card, or the line that says it is empty: one `<li>` per item (keyed by
 * `id`) drawn by `children`. Default look: rows divided by a rule (`divide-y`, `py-2` each).
 *
 *   <ItemList items={contacts} empty={t('contacts.empty')} testId="contacts">{(c) => c.name}</ItemList>
 */
export function ItemList<T extends { id: string }>({
  items,
  empty,
  testId,
  label,
  className = 'divide-y divide-slate-100',
  itemClassName = 'py-2',
  emptyClassName = 'text-sm text-slate-500',
  children,
}: {
  items: readonly T[];
  empty: React.ReactNode;
  testId?: string;
  /** the list's accessible name */
  label?: string;
  className?: string;
  itemClassName?: string;
  emptyClassName?: string;
  children: (item: T) => React.ReactNode;
}) {
  if (items.length === 0) return <p className={emptyClassName}>{empty}</p>;
  return (
    <ul className={className} data-testid={testId} aria-label={label}>
      {items.map((item) => (
        <li key={item.id} className={itemClassName}>
          {children(item)}
        </li>
      ))}
    </ul>
  );
}
