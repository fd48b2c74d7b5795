import * as React from 'react';
import Link from 'next/link';

/** The page's title row. `back` is the link to the page above (← label), shown first among the actions. */
export function PageHeader({
  title,
  description,
  actions,
  back,
}: {
  title: string;
  description?: string;
  actions?: React.ReactNode;
  back?: { href: string; label: string };
}) {
  return (
    <div className="mb-4 flex flex-wrap items-end justify-between gap-3">
      <div>
        <h1 className="text-xl font-semibold text-slate-900">{title}</h1>
        {description ? <p className="mt-0.5 text-sm text-slate-500">{description}</p> : null}
      </div>
      {actions || back ? (
        <div className="flex items-center gap-2">
          {actions}
          {back ? (
            <Link className="text-sm font-medium text-indigo-700 hover:underline" href={back.href}>
              ← {back.label}
            </Link>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}
