'use client';
import { useMemo, useState, useTransition } from 'react';
import { useTranslations } from 'next-intl';
import { ROLES, type Role } from '@/lib/auth/permissions';
import { Button } from '@/components/ui/button';
import { DataTable } from '@/components/data-table';
import { FormError } from '@/components/forms/field';
import { setUserDisabledAction, setUserRolesAction } from './actions';

import { userColumns, type UserRow as U } from './columns';

export function UserAdmin({ users, currentUserId }: { users: U[]; currentUserId: string }) {
  const t = useTranslations();
  const [error, setError] = useState<string | null>(null);
  const [pending, start] = useTransition();
  const [draft, setDraft] = useState<Record<string, Role[]>>({});

  const run = (fn: () => Promise<{ ok: boolean; error?: string }>) =>
    start(async () => {
      const r = await fn();
      setError(r.ok ? null : (r.error ?? null));
    });

  const columns = useMemo(
    () =>
      userColumns(t, {
        roles: (u) => {
          const roles = draft[u.id] ?? u.roles;
          const changed = draft[u.id] !== undefined;
          return (
            <>
              <div className="flex max-w-md flex-wrap gap-x-3 gap-y-1">
                {ROLES.map((r) => (
                  <label key={r} className="inline-flex items-center gap-1 text-xs">
                    <input
                      type="checkbox"
                      checked={roles.includes(r)}
                      onChange={(e) => setDraft((d) => ({ ...d, [u.id]: e.target.checked ? [...roles, r] : roles.filter((x) => x !== r) }))}
                    />
                    {t(`common.roles.${r}`)}
                  </label>
                ))}
              </div>
              {changed ? (
                <Button
                  size="sm"
                  className="mt-1"
                  disabled={pending || roles.length === 0}
                  onClick={() =>
                    run(async () => {
                      const r = await setUserRolesAction({ userId: u.id, roles });
                      if (r.ok) setDraft(({ [u.id]: _drop, ...rest }) => rest);
                      return r;
                    })
                  }
                >
                  {t('settings.users.saveRoles')}
                </Button>
              ) : null}
            </>
          );
        },
        actions: (u) =>
          u.id === currentUserId ? null : (
            <Button
              variant={u.disabled ? 'secondary' : 'danger'}
              size="sm"
              disabled={pending}
              onClick={() => run(() => setUserDisabledAction({ userId: u.id, disabled: !u.disabled }))}
            >
              {u.disabled ? t('settings.users.enable') : t('settings.users.disable')}
            </Button>
          ),
      }),
    [t, draft, pending, currentUserId],
  );

  return (
    <div className="flex flex-col gap-2">
      <FormError message={error} />
      <DataTable
        caption={t('settings.users.title')}
        columns={columns}
        data={users}
        getRowId={(u) => u.id}
        rowTestId={(u) => `user-row-${u.email}`}
        exportHref="/settings/users/export"
        maxHeight="none"
        dense
      />
    </div>
  );
}
