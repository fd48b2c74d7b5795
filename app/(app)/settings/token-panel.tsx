'use client';
import { useMemo, useState } from 'react';
import { useTranslations } from 'next-intl';
import { Button } from '@/components/ui/button';
import { Badge } from '@/components/ui/badge';
import { DataTable } from '@/components/data-table';
import { FormError } from '@/components/forms/field';
import { useActionRunner } from '@/components/forms/use-action-runner';
import { NameForm } from '@/components/name-form';
import { createTokenAction, revokeTokenAction } from './actions';

import { tokenColumns, type TokenRow as Token } from './columns';

export function TokenPanel({ tokens }: { tokens: Token[] }) {
  const t = useTranslations('settings.tokens');
  const [secret, setSecret] = useState<string | null>(null);
  const { pending, error, setError, run } = useActionRunner();

  const create = async (name: string) => {
    const r = await createTokenAction({ name });
    if (r.ok) {
      setSecret(r.data.token);
      setError(null);
    } else setError(r.error);
    return r.ok;
  };

  const columns = useMemo(
    () =>
      tokenColumns(t, {
        actions: (k) =>
          k.revoked ? (
            <Badge>{t('revoked')}</Badge>
          ) : (
            <Button variant="secondary" size="sm" disabled={pending} onClick={() => run(() => revokeTokenAction({ id: k.id }))}>
              {t('revoke')}
            </Button>
          ),
      }),
    [t, pending, run],
  );

  return (
    <div className="flex flex-col gap-3">
      <FormError message={error} />
      <NameForm id="token-name" label={t('name')} submitLabel={t('create')} onSubmit={create} maxLength={100} fieldClassName="flex-1" />
      {secret ? (
        <div className="rounded-md border border-emerald-200 bg-emerald-50 p-3 text-sm">
          <p className="font-medium text-emerald-800">{t('newToken')}</p>
          <code data-testid="new-token" className="mt-1 block font-mono text-xs break-all">
            {secret}
          </code>
        </div>
      ) : null}
      <DataTable
        caption={t('title')}
        columns={columns}
        data={tokens}
        exportHref="/settings/tokens/export"
        empty={{ title: t('empty') }}
        compact
      />
    </div>
  );
}
