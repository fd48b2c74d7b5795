import * as React from 'react';
import { cn } from '@/lib/cn';

export function Card({ className, ...props }: React.HTMLAttributes<HTMLDivElement>) {
  return <div className={cn('rounded-lg border border-slate-200 bg-white shadow-sm', className)} {...props} />;
}

export function CardHeader({ className, ...props }: React.HTMLAttributes<HTMLDivElement>) {
  return <div className={cn('flex items-center justify-between gap-2 border-b border-slate-100 px-4 py-3', className)} {...props} />;
}

export function CardTitle({ className, ...props }: React.HTMLAttributes<HTMLHeadingElement>) {
  return <h2 className={cn('text-base font-semibold text-slate-900', className)} {...props} />;
}

export function CardBody({ className, ...props }: React.HTMLAttributes<HTMLDivElement>) {
  return <div className={cn('px-4 py-3', className)} {...props} />;
}

/**
 * A titled card: the header (title, an optional `count` beside it, an optional `description` line
 * under it, `actions` on the right) over one body. For anything else compose `ui/card` yourself.
 *
 *   <SectionCard title={t('lessons')} count={lessons.length} bodyClassName="flex flex-col gap-3">…</SectionCard>
 */
export function SectionCard({
  title,
  count,
  description,
  actions,
  titleId,
  bodyClassName,
  bare,
  children,
  ...card
}: Omit<React.HTMLAttributes<HTMLDivElement>, 'title'> & {
  title: React.ReactNode;
  count?: number;
  description?: React.ReactNode;
  actions?: React.ReactNode;
  /** the title's id, for a section's aria-labelledby */
  titleId?: string;
  bodyClassName?: string;
  /** the children straight under the header, without the padded body (a table brings its own) */
  bare?: boolean;
  'data-testid'?: string;
}) {
  const heading = (
    <CardTitle id={titleId}>
      {title}
      {count !== undefined ? (
        <>
          {' '}
          <span className="ml-1 text-sm font-normal text-slate-500">{count}</span>
        </>
      ) : null}
    </CardTitle>
  );
  return (
    <Card {...card}>
      <CardHeader>
        {description ? (
          <div>
            {heading}
            <p className="mt-0.5 text-xs text-slate-500">{description}</p>
          </div>
        ) : (
          heading
        )}
        {actions}
      </CardHeader>
      {bare ? children : <CardBody className={bodyClassName}>{children}</CardBody>}
    </Card>
  );
}
