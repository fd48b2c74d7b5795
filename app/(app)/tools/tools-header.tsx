import { getTranslations } from 'next-intl/server';
import { Breadcrumbs } from '@/components/ui/breadcrumbs';
import { PageHeader } from '@/components/ui/page-header';

/** A tools page's header: the way up to 도구 (and, on a record's page, to its list) above its PageHeader. */
export async function ToolsHeader({
  list,
  title,
  description,
}: {
  list?: { href: string; label: string };
  title: string;
  description?: string;
}) {
  const t = await getTranslations('tools');
  return (
    <>
      <Breadcrumbs label={t('title')} trail={[{ href: '/tools', label: t('title') }, ...(list ? [list] : [])]} />
      <PageHeader title={title} description={description} />
    </>
  );
}
