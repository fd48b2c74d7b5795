import Link from 'next/link';
import { cn } from '@/lib/cn';

/**
 * The way back above a record: links separated by " / ", then (optionally) the record's own name.
 *
 *   <Breadcrumb label={t('breadcrumb')} trail={[{ href: '/tiers', label: t('title') }]} current={opp.name} />
 */
export function Breadcrumb({
  label,
  trail,
  current,
  className,
}: {
  /** the nav's accessible name */
  label: string;
  trail: { href: string; label: string }[];
  current?: string;
  className?: string;
}) {
  return (
    <nav aria-label={label} className={cn('text-sm text-slate-500', className)}>
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
