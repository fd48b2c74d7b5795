import Link from 'next/link';
import type * as React from 'react';
import { cn } from '@/lib/cn';

// A link that looks like a button (a page-header action, "cancel" beside a form's submit, a pager).
// It navigates, so it is a Link; anything that runs code is a `ui/button.tsx` Button.
const VARIANTS = {
  /** bordered, as a page header's secondary action */
  secondary: 'rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium text-slate-800 hover:bg-slate-50',
  /** quiet, button-high (h-9): "cancel", "reset", "first page" */
  ghost: 'inline-flex h-9 items-center rounded-md px-3 text-sm text-slate-700 hover:bg-slate-100',
} as const;

export function LinkButton({
  variant = 'secondary',
  className,
  ...props
}: React.ComponentProps<typeof Link> & { variant?: keyof typeof VARIANTS }) {
  return <Link className={cn(VARIANTS[variant], className)} {...props} />;
}
