import type * as React from 'react';
import { Card, CardBody, CardHeader, CardTitle } from '@/components/ui/card';

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
