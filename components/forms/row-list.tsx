'use client';
import * as React from 'react';
import { useRef } from 'react';
import { Plus, Trash2 } from 'lucide-react';
import { Button } from '@/components/ui/button';

/**
 * An editable list of rows inside a form (lessons, action items): each row a fieldset named by
 * `legend(n)`, its remove button (`removeLabel(n)`; focus then goes to the add button), a line
 * when there are none, and the add button under the list. The rows are the caller's state, keyed
 * by a stable `key`; `children(row, i, remove)` draws one row and places its remove button.
 */
export function RowList<R extends { key: number }>({
  rows,
  empty,
  legend,
  removeLabel,
  removeText = false,
  onRemove,
  addLabel,
  onAdd,
  children,
}: {
  rows: readonly R[];
  empty: string;
  legend: (n: number) => string;
  removeLabel: (n: number) => string;
  /** the remove button shows its label beside the icon (default: the icon alone) */
  removeText?: boolean;
  onRemove: (index: number) => void;
  addLabel: string;
  onAdd: () => void;
  children: (row: R, index: number, remove: React.ReactNode) => React.ReactNode;
}) {
  const addRef = useRef<HTMLDivElement>(null);
  return (
    <>
      {rows.length === 0 ? <p className="text-sm text-slate-500">{empty}</p> : null}
      {rows.map((row, i) => {
        const n = i + 1;
        const remove = (
          <Button
            variant="ghost"
            size="sm"
            aria-label={removeLabel(n)}
            onClick={() => {
              onRemove(i);
              addRef.current?.querySelector('button')?.focus();
            }}
          >
            <Trash2 aria-hidden className={removeText ? 'mr-1 size-4' : 'size-4'} />
            {removeText ? removeLabel(n) : null}
          </Button>
        );
        return (
          <fieldset key={row.key} className="rounded-md border border-slate-200 p-3">
            <legend className="px-1 text-sm font-semibold text-slate-800">{legend(n)}</legend>
            {children(row, i, remove)}
          </fieldset>
        );
      })}
      <div ref={addRef}>
        <Button variant="secondary" size="sm" onClick={onAdd}>
          <Plus aria-hidden className="mr-1 size-4" />
          {addLabel}
        </Button>
      </div>
    </>
  );
}
