'use client';
import { useEffect, useRef } from 'react';
import { X } from 'lucide-react';

/** A native <dialog> (focus trap, Esc to close, inert background) with a title and close button. */
export function Modal({
  open,
  title,
  description,
  onClose,
  children,
  closeLabel,
  testId,
}: {
  open: boolean;
  title: string;
  description?: string;
  onClose: () => void;
  children: React.ReactNode;
  closeLabel: string;
  testId?: string;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const d = ref.current;
    if (!d) return;
    if (open && !d.open) {
      d.showModal();
      // focus the chosen control (data-autofocus), else the first form control, not the close button
      const first =
        d.querySelector<HTMLElement>('[data-autofocus]') ??
        d.querySelector<HTMLElement>('.modal-body input:not([disabled]), .modal-body textarea, .modal-body select');
      first?.focus();
    }
    if (!open && d.open) d.close();
  }, [open]);
  return (
    <dialog
      ref={ref}
      aria-labelledby="modal-title"
      data-testid={testId}
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
      className="m-auto w-[min(34rem,calc(100vw-2rem))] rounded-xl border border-slate-200 p-0 shadow-2xl backdrop:bg-slate-900/40"
    >
      {open ? (
        <div className="flex flex-col">
          <div className="flex items-start justify-between gap-3 border-b border-slate-100 px-5 py-4">
            <div>
              <h2 id="modal-title" className="text-base font-semibold text-slate-900">
                {title}
              </h2>
              {description ? <p className="mt-0.5 text-sm text-slate-500">{description}</p> : null}
            </div>
            <button type="button" onClick={onClose} aria-label={closeLabel} className="rounded p-1 text-slate-500 hover:bg-slate-100">
              <X className="size-4" aria-hidden />
            </button>
          </div>
          <div className="modal-body px-5 py-4">{children}</div>
        </div>
      ) : null}
    </dialog>
  );
}
