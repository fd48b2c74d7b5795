import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import { z } from '@/lib/validation/z';
import { db } from '@/lib/db/client';
import { requireSession } from '@/lib/auth/session';
import { listAccounts } from '@/lib/db/queries/accounts';
import { formatKrw } from '@/lib/domain/format/money';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { EmptyState } from '@/components/ui/empty-state';
import { Input } from '@/components/ui/input';
import { PageHeader } from '@/components/ui/page-header';
import { EMPTY } from '@/lib/domain/format';

const searchSchema = z.object({ q: z.string().max(100).optional().catch(undefined), key: z.enum(['1']).optional().catch(undefined) });

export default async function AccountsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await requireSession();
  const { q, key } = searchSchema.parse(await searchParams);
  const [t, locale] = [await getTranslations('accounts'), (await getLocale()) as 'ko' | 'en'];
  const rows = await listAccounts(db, { q, keyOnly: key === '1' });
  return (
    <>
      <PageHeader title={t('title')} description={t('description')} />
      <form className="mb-3 flex flex-wrap items-center gap-2" role="search">
        <Input name="q" defaultValue={q} placeholder={t('search')} aria-label={t('search')} className="max-w-xs" />
        <label className="inline-flex items-center gap-1.5 text-sm">
          <input type="checkbox" name="key" value="1" defaultChecked={key === '1'} />
          {t('keyOnly')}
        </label>
        <Button type="submit" variant="secondary">
          {t('searchButton')}
        </Button>
      </form>
      {rows.length === 0 ? (
        <EmptyState title={q || key ? t('empty') : t('emptyAll')} />
      ) : (
        <Card className="overflow-x-auto">
          <table className="w-full text-sm">
            <thead className="bg-slate-50 text-left text-xs text-slate-500">
              <tr>
                <th className="px-3 py-2">{t('name')}</th>
                <th className="px-3 py-2">{t('brn')}</th>
                <th className="px-3 py-2">{t('industry')}</th>
                <th className="px-3 py-2 text-right">{t('open')}</th>
                <th className="px-3 py-2 text-right">{t('openAmount')}</th>
                <th className="px-3 py-2 text-right">{t('won')}</th>
                <th className="px-3 py-2 text-right">{t('wonAmount')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((a) => (
                <tr key={a.id} className="border-t border-slate-100 hover:bg-slate-50">
                  <td className="px-3 py-2">
                    <Link href={`/accounts/${a.id}`} className="font-medium text-indigo-700 hover:underline">
                      {a.name}
                    </Link>
                    {a.isKeyAccount ? (
                      <Badge tone="accent" className="ml-2">
                        {t('keyAccount')}
                      </Badge>
                    ) : null}
                  </td>
                  <td className="tabular px-3 py-2 text-slate-600">{formatBrn(a.businessRegistrationNo)}</td>
                  <td className="px-3 py-2 text-slate-600">{a.industry ?? EMPTY}</td>
                  <td className="tabular px-3 py-2 text-right">{a.openCount}</td>
                  <td className="tabular px-3 py-2 text-right">{formatKrw(a.openAmount, locale)}</td>
                  <td className="tabular px-3 py-2 text-right">{a.wonCount}</td>
                  <td className="tabular px-3 py-2 text-right">{formatKrw(a.wonAmount, locale)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </Card>
      )}
    </>
  );
}

function formatBrn(brn: string | null) {
  return brn && /^\d{10}$/.test(brn) ? `${brn.slice(0, 3)}-${brn.slice(3, 5)}-${brn.slice(5)}` : (brn ?? EMPTY);
}
