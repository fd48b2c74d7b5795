'use client';
import { Toaster as Sonner, toast } from 'sonner';

/**
 * The app's one feedback system (sonner). <Toaster /> is mounted once in app/(app)/layout.tsx;
 * anywhere in a client component:
 *
 *   toast.success(t('saved'));            toast.error(result.error);
 *   toastResult(await saveAction(input), t('saved'));   // an ActionResult → success or error toast
 *
 * Toasts are announced politely to screen readers (an aria-live region) and stay 6 s.
 */
export { toast };

export function Toaster({ closeLabel }: { closeLabel?: string }) {
  return (
    <Sonner
      position="bottom-right"
      closeButton
      richColors
      duration={6000}
      visibleToasts={4}
      toastOptions={{ closeButtonAriaLabel: closeLabel, classNames: { toast: 'text-sm' } }}
      containerAriaLabel="Notifications"
    />
  );
}

type Result = { ok: true; data?: unknown } | { ok: false; error: string };

/** Show an ActionResult: `ok` → a success toast with `success`; otherwise its translated error. Returns `ok`. */
export function toastResult(result: Result, success?: string): boolean {
  if (result.ok) {
    if (success) toast.success(success);
    return true;
  }
  toast.error(result.error);
  return false;
}
