'use client';
import Link from 'next/link';
import { usePathname } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { cn } from '@/lib/cn';

const TABS = [
  { href: '/postmortems', key: 'list' },
  { href: '/postmortems/lessons', key: 'lessons' },
  { href: '/postmortems/analytics', key: 'analytics' },
] as const;

/** The section's tabs; a record (/postmortems/<id>) belongs to the list tab. */
export function PostmortemTabs() {
  const t = useTranslations('postmortems.tabs');
  const path = usePathname();
  const active = path.startsWith('/postmortems/lessons') ? 'lessons' : path.startsWith('/postmortems/analytics') ? 'analytics' : 'list';
  return (
    <nav aria-label={t('label')} className="mb-4 flex gap-1 border-b border-slate-200">
      {TABS.map((tab) => (
        <Link
          key={tab.key}
          href={tab.href}
          aria-current={active === tab.key ? 'page' : undefined}
          className={cn(
            '-mb-px border-b-2 px-3 py-2 text-sm font-medium focus-visible:outline-2 focus-visible:outline-indigo-500',
            active === tab.key
              ? 'border-indigo-600 text-indigo-700'
              : 'border-transparent text-slate-600 hover:border-slate-300 hover:text-slate-900',
          )}
        >
          {t(tab.key)}
        </Link>
      ))}
    </nav>
  );
}
