import { getTranslations } from 'next-intl/server';
import { z } from '@/lib/validation/z';
import { db } from '@/lib/db/client';
import { requireSession } from '@/lib/auth/session';
import { can } from '@/lib/auth/permissions';
import { AccountFormButton } from '../account-form';
import { AccountsTable } from '../accounts-table';
import { listAccounts } from '@/lib/db/queries/accounts';
import { Button, LinkButton } from '@/components/ui/button';
import { Input } from '@/components/ui/input';
import { PageHeader } from '@/components/ui/page-header';

const searchSchema = z.object({ q: z.string().max(100).optional().catch(undefined), key: z.enum(['1']).optional().catch(undefined) });

export default async function AccountsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const session = await requireSession();
  const { q, key } = searchSchema.parse(await searchParams);
  const t = await getTranslations('accounts');
  const rows = await listAccounts(db, { q, keyOnly: key === '1' });
  return (
    <>
      <PageHeader
        title={t('title')}
        description={t('description')}
        actions={
          can(session.roles, 'account:edit') ? (
            <div className="flex flex-wrap items-center gap-2">
              <LinkButton href="/accounts/import">{t('import.button')}</LinkButton>
              <AccountFormButton />
            </div>
          ) : null
        }
      />
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
      <AccountsTable rows={rows} empty={q || key ? 'empty' : 'emptyAll'} />
    </>
  );
}
