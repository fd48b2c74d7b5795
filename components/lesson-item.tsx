import * as React from 'react';
import Link from 'next/link';
import { cn } from '@/lib/cn';

/**
 * One lesson learned in a list (a competitor's page, a VRB review's similar lessons): its title
 * (a link to its postmortem when it has one), what matched (`children`, e.g. badges), the body,
 * then when and for which account. `date` is already formatted; `clamp` cuts a long body to three lines.
 */
export function LessonItem({
  title,
  href,
  body,
  date,
  accountName,
  clamp,
  children,
}: {
  title: string;
  href?: string | null;
  body: string;
  date: string;
  accountName?: string | null;
  clamp?: boolean;
  children?: React.ReactNode;
}) {
  return (
    <li className="text-sm">
      <p className="font-medium text-slate-900">
        {href ? (
          <Link href={href} className="hover:underline">
            {title}
          </Link>
        ) : (
          title
        )}
      </p>
      {children}
      <p className={cn('mt-0.5 text-slate-700', clamp && 'line-clamp-3')}>{body}</p>
      <p className="text-xs text-slate-500">
        {date}
        {accountName ? ` · ${accountName}` : ''}
      </p>
    </li>
  );
}
