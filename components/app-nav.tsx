'use client';
import Link from 'next/link';
import { usePathname } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { cn } from '@/lib/cn';

export const NAV_ITEMS = [
  { href: '/dashboard', key: 'dashboard' },
  { href: '/leads', key: 'leads' },
  { href: '/tiers', key: 'tiers' },
  { href: '/reports/one-page', key: 'report' },
  { href: '/receivables', key: 'receivables' },
  { href: '/vrb', key: 'vrb' },
  { href: '/postmortems', key: 'postmortems' },
  { href: '/accounts', key: 'accounts' },
  { href: '/tools', key: 'tools' },
  { href: '/settings', key: 'settings' },
] as const;

export function AppNav() {
  const t = useTranslations('nav');
  const path = usePathname();
  return (
    <nav aria-label={t('mainNav')} className="flex flex-wrap gap-1">
      {NAV_ITEMS.map((item) => {
        const active = path === item.href || path.startsWith(item.href + '/');
        return (
          <Link
            key={item.href}
            href={item.href}
            aria-current={active ? 'page' : undefined}
            className={cn(
              'rounded-md px-3 py-1.5 text-sm font-medium',
              active ? 'bg-indigo-600 text-white' : 'text-slate-700 hover:bg-slate-100',
            )}
          >
            {t(item.key)}
          </Link>
        );
      })}
    </nav>
  );
}
