import type { ReactNode } from 'react';
import { defineColumns, type Translate } from '@/components/data-table/columns';
import { Badge } from '@/components/ui/badge';
import type { Role } from '@/lib/auth/permissions';

// Settings tables: users (admin) and the caller's API tokens. The page tables (user-admin.tsx,
// token-panel.tsx) pass their interactive cells in `ui`; the exports
// (app/api/v1/users/export, app/api/v1/tokens/export) use the plain values.

export type UserRow = { id: string; name: string; email: string; roles: Role[]; disabled: boolean };
export type TokenRow = { id: string; name: string; created: string; lastUsed: string | null; revoked: boolean };

/** `t` is the root translator (settings.users.*, common.roles.*). */
export function userColumns(t: Translate, ui: { roles?: (u: UserRow) => ReactNode; actions?: (u: UserRow) => ReactNode } = {}) {
  return defineColumns<UserRow>([
    { id: 'name', header: t('settings.users.name'), value: (u) => u.name, sortable: true, hideable: false, className: 'font-medium' },
    { id: 'email', header: t('settings.users.email'), value: (u) => u.email, sortable: true, className: 'text-slate-600' },
    {
      id: 'roles',
      header: t('settings.users.roles'),
      value: (u) => u.roles.map((r) => t(`common.roles.${r}`)).join(', '),
      cell: ui.roles,
    },
    {
      id: 'status',
      header: t('settings.users.status'),
      value: (u) => (u.disabled ? t('settings.users.disabled') : t('settings.users.active')),
      sortable: true,
      cell: (u) =>
        u.disabled ? (
          <Badge tone="danger">{t('settings.users.disabled')}</Badge>
        ) : (
          <Badge tone="success">{t('settings.users.active')}</Badge>
        ),
    },
    ...(ui.actions
      ? defineColumns<UserRow>([
          { id: 'actions', header: t('settings.users.actions'), exportable: false, hideable: false, align: 'right', cell: ui.actions },
        ])
      : []),
  ]);
}

/** `t` is the settings.tokens translator. */
export function tokenColumns(t: Translate, ui: { actions?: (k: TokenRow) => ReactNode } = {}) {
  return defineColumns<TokenRow>([
    { id: 'name', header: t('name'), value: (k) => k.name, hideable: false },
    { id: 'created', header: t('created'), value: (k) => k.created, nowrap: true },
    { id: 'lastUsed', header: t('lastUsed'), value: (k) => k.lastUsed ?? t('never'), nowrap: true },
    {
      id: 'state',
      header: t('state'),
      value: (k) => (k.revoked ? t('revoked') : t('active')),
      align: 'right',
      cell: ui.actions ?? ((k) => (k.revoked ? <Badge>{t('revoked')}</Badge> : t('active'))),
    },
  ]);
}
