import * as React from 'react';
import Link from 'next/link';
import { cn } from '@/lib/cn';

const VARIANTS = {
  primary: 'bg-indigo-600 text-white hover:bg-indigo-700 disabled:bg-indigo-300',
  secondary: 'border border-slate-300 bg-white text-slate-800 hover:bg-slate-50 disabled:text-slate-400',
  danger: 'bg-rose-600 text-white hover:bg-rose-700 disabled:bg-rose-300',
  ghost: 'text-slate-700 hover:bg-slate-100',
} as const;
const SIZES = { sm: 'h-8 px-3 text-sm', md: 'h-9 px-4 text-sm', lg: 'h-11 px-5 text-base' } as const;

type Look = { variant?: keyof typeof VARIANTS; size?: keyof typeof SIZES };

/** The kit button's classes, for an element that is not a `<button>` (a link, a download anchor). */
export function buttonClass({ variant = 'primary', size = 'md' }: Look = {}, className?: string) {
  return cn(
    'inline-flex items-center justify-center gap-1.5 rounded-md font-medium transition-colors focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-500 disabled:cursor-not-allowed',
    VARIANTS[variant],
    SIZES[size],
    className,
  );
}

export type ButtonProps = React.ComponentProps<'button'> & Look;

export function Button({ variant, size, className, type = 'button', ...props }: ButtonProps) {
  return <button type={type} className={buttonClass({ variant, size }, className)} {...props} />;
}

/** A link that looks like a kit button (default: secondary, sm — the page header's "가져오기" links). */
export function LinkButton({ variant = 'secondary', size = 'sm', className, ...props }: React.ComponentProps<typeof Link> & Look) {
  return <Link className={buttonClass({ variant, size }, className)} {...props} />;
}

/**
 * A GET filter form's buttons: apply (submit) and, when `resetHref` is given, a reset link that
 * loads the page afresh without its filters (a full load, so every field starts again from the
 * page's defaults).
 */
export function FilterActions({
  apply,
  reset,
  resetHref,
  className,
}: {
  apply: string;
  reset: string;
  resetHref?: string;
  className?: string;
}) {
  return (
    <div className={cn('flex gap-2', className)}>
      <Button type="submit">{apply}</Button>
      {resetHref ? (
        <a href={resetHref} className={buttonClass({ variant: 'ghost', size: 'md' })}>
          {reset}
        </a>
      ) : null}
    </div>
  );
}
