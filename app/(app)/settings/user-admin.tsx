'use client';
import { useState, useTransition } from 'react';
import { useTranslations } from 'next-intl';
import { ROLES, type Role } from '@/lib/auth/permissions';
import { Button } from '@/components/ui/button';
import { Badge } from '@/components/ui/badge';
import { FormError } from '@/components/forms/field';
import { setUserDisabledAction, setUserRolesAction } from './actions';

type U = { id: string; name: string; email: string; roles: Role[]; disabled: boolean };

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

  return (
    <div className="flex flex-col gap-2">
      <FormError message={error} />
      <div className="overflow-x-auto">
        <table className="w-full text-sm">
          <thead className="text-left text-xs text-slate-500">
            <tr>
              <th className="py-1">{t('settings.users.name')}</th>
              <th>{t('settings.users.email')}</th>
              <th>{t('settings.users.roles')}</th>
              <th>{t('settings.users.status')}</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {users.map((u) => {
              const roles = draft[u.id] ?? u.roles;
              const changed = draft[u.id] !== undefined;
              return (
                <tr key={u.id} className="border-t border-slate-100 align-top" data-testid={`user-row-${u.email}`}>
                  <td className="py-2 font-medium">{u.name}</td>
                  <td className="text-slate-600">{u.email}</td>
                  <td>
                    <div className="flex max-w-md flex-wrap gap-x-3 gap-y-1">
                      {ROLES.map((r) => (
                        <label key={r} className="inline-flex items-center gap-1 text-xs">
                          <input
                            type="checkbox"
                            checked={roles.includes(r)}
                            onChange={(e) =>
                              setDraft((d) => ({ ...d, [u.id]: e.target.checked ? [...roles, r] : roles.filter((x) => x !== r) }))
                            }
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
                  </td>
                  <td>
                    {u.disabled ? (
                      <Badge tone="danger">{t('settings.users.disabled')}</Badge>
                    ) : (
                      <Badge tone="success">{t('settings.users.active')}</Badge>
                    )}
                  </td>
                  <td className="text-right">
                    {u.id === currentUserId ? null : (
                      <Button
                        variant={u.disabled ? 'secondary' : 'danger'}
                        size="sm"
                        disabled={pending}
                        onClick={() => run(() => setUserDisabledAction({ userId: u.id, disabled: !u.disabled }))}
                      >
                        {u.disabled ? t('settings.users.enable') : t('settings.users.disable')}
                      </Button>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </div>
  );
}
