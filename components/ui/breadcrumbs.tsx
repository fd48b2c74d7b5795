import Link from 'next/link';
import { cn } from '@/lib/cn';

/**
 * The way up to a page's parents ("도구 / 경쟁사"), above its PageHeader. `current` is the page
 * itself, shown unlinked after the trail.
 */
export function Breadcrumbs({
  label,
  trail,
  current,
  className,
}: {
  label: string;
  trail: { href: string; label: string }[];
  current?: string;
  className?: string;
}) {
  return (
    <nav aria-label={label} className={cn('mb-1 text-sm text-slate-500', className)}>
      {trail.map((c, i) => (
        <span key={c.href}>
          {i > 0 ? ' / ' : null}
          <Link href={c.href} className="hover:underline">
            {c.label}
          </Link>
        </span>
      ))}
      {current ? (
        <>
          {' / '}
          <span className="text-slate-700">{current}</span>
        </>
      ) : null}
    </nav>
  );
}
