import type { ReactNode } from 'react';
import { getTranslations } from 'next-intl/server';
import { PageHeader } from '@/components/ui/page-header';

/**
 * An import page's frame: the header from the messages at `ns` (`title`, `description`, `back`,
 * the back link going to `back`) above the page's wizard (and anything else it shows).
 */
export async function ImportPage({ ns, back, children }: { ns: string; back: string; children: ReactNode }) {
  const t = await getTranslations(ns);
  return (
    <>
      <PageHeader title={t('title')} description={t('description')} back={{ href: back, label: t('back') }} />
      {children}
    </>
  );
}
