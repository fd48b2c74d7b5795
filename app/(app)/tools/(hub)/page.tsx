import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { requirePermission } from '@/lib/auth/session';
import { Card, CardBody } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';

// 영업 도구 (issue 12): the list pages of the rep's sales tools.
const TOOLS = [
  { href: '/tools/competitors', key: 'competitors' },
  { href: '/tools/qa', key: 'qa' },
  { href: '/tools/experts', key: 'experts' },
] as const;

export default async function ToolsPage() {
  await requirePermission('opportunity:read');
  const t = await getTranslations('tools');
  return (
    <>
      <PageHeader title={t('title')} description={t('description')} />
      <ul className="grid gap-3 md:grid-cols-3">
        {TOOLS.map((x) => (
          <li key={x.href}>
            <Card>
              <CardBody>
                <Link href={x.href} className="text-base font-semibold text-indigo-700 hover:underline">
                  {t(`hub.${x.key}`)}
                </Link>
                <p className="mt-1 text-sm text-slate-600">{t(`hub.${x.key}Description`)}</p>
              </CardBody>
            </Card>
          </li>
        ))}
      </ul>
    </>
  );
}
