'use client';
import * as Dialog from '@radix-ui/react-dialog';
import { X } from 'lucide-react';
import { useTranslations } from 'next-intl';
import { cn } from '@/lib/cn';

/**
 * The app's one dialog (Radix Dialog: focus trapped inside, Escape and the close button call
 * onClose, the page behind is inert, focus returns to the opener). Controlled:
 *
 *   const [open, setOpen] = useState(false);
 *   <Modal open={open} onClose={() => setOpen(false)} title={t('snooze.title')} footer={<SubmitButton form="snooze">…</SubmitButton>}>
 *     <form id="snooze" action={…}>…</form>
 *   </Modal>
 *
 * First focus: the element with `data-autofocus`, else the first field of the body, else the dialog.
 */
export function Modal({
  open,
  onClose,
  title,
  description,
  children,
  footer,
  size = 'md',
  testId,
  closeLabel,
  placement = 'center',
  returnFocusTo,
  onEscapeKeyDown,
}: {
  open: boolean;
  onClose: () => void;
  title: string;
  description?: string;
  children: React.ReactNode;
  /** buttons row under the body */
  footer?: React.ReactNode;
  size?: 'sm' | 'md' | 'lg' | 'xl';
  testId?: string;
  /** accessible name of the ✕ button (default: common.close) */
  closeLabel?: string;
  /** 'side': a full-height sheet on the right (a record's detail next to its list); 'top': high on the page (the search palette, whose list grows downwards) */
  placement?: 'center' | 'side' | 'top';
  /** where focus goes when the dialog closes (default: the element focused before it opened) */
  returnFocusTo?: React.RefObject<HTMLElement | null>;
  /** called before Escape closes; `e.preventDefault()` keeps the dialog open (e.g. while an IME composes) */
  onEscapeKeyDown?: (e: KeyboardEvent) => void;
}) {
  const t = useTranslations('common');
  return (
    <Dialog.Root open={open} onOpenChange={(o) => (o ? undefined : onClose())}>
      <Dialog.Portal>
        <Dialog.Overlay className="fixed inset-0 z-40 bg-slate-900/40" />
        <Dialog.Content
          data-testid={testId}
          {...(description ? {} : { 'aria-describedby': undefined })}
          onEscapeKeyDown={onEscapeKeyDown}
          onCloseAutoFocus={(e) => {
            if (!returnFocusTo?.current) return;
            e.preventDefault();
            returnFocusTo.current.focus();
          }}
          onOpenAutoFocus={(e) => {
            const root = e.currentTarget as HTMLElement;
            const first =
              root.querySelector<HTMLElement>('[data-autofocus]') ??
              root.querySelector<HTMLElement>('[data-modal-body] :is(input:not([disabled]):not([type=hidden]), textarea, select)');
            if (first) {
              e.preventDefault();
              first.focus();
            }
          }}
          className={cn(
            placement === 'side'
              ? 'fixed inset-y-0 right-0 z-50 flex h-full w-full flex-col border-l border-slate-200 bg-white shadow-xl focus:outline-none'
              : placement === 'top'
                ? 'fixed top-[10vh] left-1/2 z-50 flex max-h-[80vh] w-[calc(100vw-2rem)] -translate-x-1/2 flex-col rounded-xl border border-slate-200 bg-white shadow-2xl focus:outline-none'
                : 'fixed top-1/2 left-1/2 z-50 flex max-h-[calc(100vh-2rem)] w-[calc(100vw-2rem)] -translate-x-1/2 -translate-y-1/2 flex-col rounded-xl border border-slate-200 bg-white shadow-2xl focus:outline-none',
            { sm: 'max-w-sm', md: 'max-w-[34rem]', lg: placement === 'side' ? 'max-w-lg' : 'max-w-2xl', xl: 'max-w-4xl' }[size],
          )}
        >
          <div className="flex items-start justify-between gap-3 border-b border-slate-100 px-5 py-4">
            <div>
              <Dialog.Title className="text-base font-semibold text-slate-900">{title}</Dialog.Title>
              {description ? <Dialog.Description className="mt-0.5 text-sm text-slate-500">{description}</Dialog.Description> : null}
            </div>
            <Dialog.Close aria-label={closeLabel ?? t('close')} className="rounded p-1 text-slate-500 hover:bg-slate-100">
              <X className="size-4" aria-hidden />
            </Dialog.Close>
          </div>
          <div data-modal-body className="overflow-y-auto px-5 py-4">
            {children}
          </div>
          {footer ? <div className="flex justify-end gap-2 border-t border-slate-100 px-5 py-3">{footer}</div> : null}
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
