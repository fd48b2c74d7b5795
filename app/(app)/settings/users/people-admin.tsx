'use client';
import { useState, useTransition } from 'react';
import { useTranslations } from 'next-intl';
import { ROLES, type Role } from '@/lib/auth/permissions';
import { VRB_DOMAINS } from '@/lib/validation/users';
import { Button } from '@/components/ui/button';
import { Badge } from '@/components/ui/badge';
import { Input, Select } from '@/components/ui/input';
import { Field, FormError } from '@/components/forms/field';
import type { ActionResult } from '@/lib/server/action';
import { CheckboxGroup } from '@/components/forms/checkbox-group';

type Domain = (typeof VRB_DOMAINS)[number];
export type AdminUser = {
  id: string;
  name: string;
  email: string;
  roles: Role[];
  vrbDomains: Domain[];
  teamId: string | null;
  teamName: string | null;
  managerId: string | null;
  managerName: string | null;
  disabled: boolean;
  version: number;
};
export type AdminTeam = { id: string; name: string; active: boolean; members: number };
type Draft = { name: string; email: string; roles: Role[]; vrbDomains: Domain[]; teamId: string; managerId: string };

type Actions = {
  create: (i: {
    name: string;
    email: string;
    roles: Role[];
    vrbDomains: Domain[];
    teamId: string | null;
    managerId: string | null;
  }) => Promise<ActionResult<{ id: string; setupUrl: string }>>;
  update: (i: Record<string, unknown> & { userId: string; version: number }) => Promise<ActionResult<{ version: number }>>;
  reset: (i: { userId: string }) => Promise<ActionResult<{ setupUrl: string }>>;
};

function SetupLink({ url, onClose }: { url: string; onClose: () => void }) {
  const t = useTranslations('people');
  const [copied, setCopied] = useState(false);
  return (
    <div role="region" aria-label={t('setupLink.title')} className="flex flex-col gap-2 rounded-lg border border-amber-300 bg-amber-50 p-4">
      <p className="font-semibold text-amber-900">{t('setupLink.title')}</p>
      <p className="text-sm text-amber-900">{t('setupLink.once')}</p>
      <div className="flex gap-2">
        <Input readOnly value={url} aria-label={t('setupLink.label')} data-testid="setup-link" onFocus={(e) => e.currentTarget.select()} />
        <Button
          onClick={async () => {
            try {
              await navigator.clipboard.writeText(url);
            } catch {
              /* the field is selectable */
            }
            setCopied(true);
          }}
        >
          {copied ? t('setupLink.copied') : t('setupLink.copy')}
        </Button>
        <Button variant="secondary" onClick={onClose}>
          {t('close')}
        </Button>
      </div>
    </div>
  );
}

function UserForm({
  idPrefix,
  initial,
  users,
  teams,
  pending,
  errors,
  submitLabel,
  onSubmit,
  onCancel,
}: {
  idPrefix: string;
  initial: Draft;
  users: AdminUser[];
  teams: AdminTeam[];
  pending: boolean;
  errors?: Record<string, string[]>;
  submitLabel: string;
  onSubmit: (d: Draft) => void;
  onCancel?: () => void;
}) {
  const t = useTranslations('people');
  const tc = useTranslations('common');
  const tv = useTranslations('vrb');
  const [d, setD] = useState<Draft>(initial);
  const isVrb = d.roles.includes('VRB_MEMBER');
  return (
    <form
      className="grid gap-3 md:grid-cols-2"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        onSubmit(d);
      }}
    >
      <Field label={t('name')} htmlFor={`${idPrefix}-name`} errors={errors?.name}>
        <Input id={`${idPrefix}-name`} value={d.name} onChange={(e) => setD({ ...d, name: e.target.value })} required />
      </Field>
      <Field label={t('email')} htmlFor={`${idPrefix}-email`} errors={errors?.email}>
        <Input id={`${idPrefix}-email`} type="email" value={d.email} onChange={(e) => setD({ ...d, email: e.target.value })} required />
      </Field>
      <CheckboxGroup
        id={`${idPrefix}-roles`}
        className="md:col-span-2"
        legend={t('roles')}
        options={ROLES.map((r) => [r, tc(`roles.${r}`)] as const)}
        value={d.roles}
        onChange={(roles) => setD({ ...d, roles: roles as Role[], vrbDomains: roles.includes('VRB_MEMBER') ? d.vrbDomains : [] })}
        errors={errors?.roles}
      />
      <CheckboxGroup
        id={`${idPrefix}-vrbDomains`}
        className="md:col-span-2"
        disabled={!isVrb}
        legend={t('vrbDomains')}
        hint={t('vrbDomainsHint')}
        options={VRB_DOMAINS.map((v) => [v, tv(`domain.${v}`)] as const)}
        value={d.vrbDomains}
        onChange={(vrbDomains) => setD({ ...d, vrbDomains: vrbDomains as Domain[] })}
        errors={errors?.vrbDomains}
      />
      <Field label={t('team')} htmlFor={`${idPrefix}-team`} errors={errors?.teamId}>
        <Select id={`${idPrefix}-team`} value={d.teamId} onChange={(e) => setD({ ...d, teamId: e.target.value })}>
          <option value="">{t('noTeam')}</option>
          {teams
            .filter((x) => x.active || x.id === d.teamId)
            .map((x) => (
              <option key={x.id} value={x.id}>
                {x.name}
              </option>
            ))}
        </Select>
      </Field>
      <Field label={t('manager')} htmlFor={`${idPrefix}-manager`} errors={errors?.managerId}>
        <Select id={`${idPrefix}-manager`} value={d.managerId} onChange={(e) => setD({ ...d, managerId: e.target.value })}>
          <option value="">{t('noManager')}</option>
          {users
            .filter((u) => !u.disabled || u.id === d.managerId)
            .map((u) => (
              <option key={u.id} value={u.id}>
                {u.name} ({u.email})
              </option>
            ))}
        </Select>
      </Field>
      <div className="flex gap-2 md:col-span-2">
        <Button type="submit" disabled={pending}>
          {submitLabel}
        </Button>
        {onCancel ? (
          <Button variant="secondary" onClick={onCancel}>
            {t('cancel')}
          </Button>
        ) : null}
      </div>
    </form>
  );
}

const EMPTY: Draft = { name: '', email: '', roles: ['SALES_REP'], vrbDomains: [], teamId: '', managerId: '' };

export function PeopleAdmin({
  users,
  teams,
  currentUserId,
  actions,
}: {
  users: AdminUser[];
  teams: AdminTeam[];
  currentUserId: string;
  actions: Actions;
}) {
  const t = useTranslations('people');
  const tc = useTranslations('common');
  const tv = useTranslations('vrb');
  const [pending, start] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string[]> | undefined>();
  const [link, setLink] = useState<{ url: string; for: string } | null>(null);
  const [adding, setAdding] = useState(false);
  const [formKey, setFormKey] = useState(0);
  const [editing, setEditing] = useState<string | null>(null);

  const result = <T,>(r: ActionResult<T>) => {
    setError(r.ok ? null : r.error);
    // rule refusals carry a translated message above the form; zod problems go beside their field
    setFieldErrors(r.ok || r.code !== 'VALIDATION' ? undefined : r.fieldErrors);
    return r.ok;
  };
  const toInput = (d: Draft) => ({
    name: d.name,
    email: d.email,
    roles: d.roles,
    vrbDomains: d.vrbDomains,
    teamId: d.teamId || null,
    managerId: d.managerId || null,
  });

  return (
    <div className="flex flex-col gap-4">
      <FormError message={error} />
      {link ? <SetupLink url={link.url} onClose={() => setLink(null)} /> : null}
      {adding ? (
        <section aria-label={t('add')} className="rounded-lg border border-slate-200 p-4">
          <h2 className="mb-3 font-semibold">{t('add')}</h2>
          <UserForm
            key={formKey}
            idPrefix="new"
            initial={EMPTY}
            users={users}
            teams={teams}
            pending={pending}
            errors={editing === null ? fieldErrors : undefined}
            submitLabel={t('add')}
            onCancel={() => setAdding(false)}
            onSubmit={(d) =>
              start(async () => {
                const r = await actions.create(toInput(d));
                if (result(r) && r.ok) {
                  setLink({ url: r.data.setupUrl, for: d.email });
                  setAdding(false);
                  setFormKey((k) => k + 1);
                }
              })
            }
          />
        </section>
      ) : (
        <div>
          <Button
            onClick={() => {
              setAdding(true);
              setEditing(null);
              setFieldErrors(undefined);
            }}
          >
            {t('add')}
          </Button>
        </div>
      )}
      {users.length === 0 ? <p className="text-sm text-slate-600">{t('empty')}</p> : null}
      <ul className="divide-y divide-slate-100 rounded-lg border border-slate-200" aria-label={t('title')}>
        {users.map((u) => (
          <li key={u.id} className="flex flex-col gap-2 p-3" data-testid={`user-row-${u.email}`}>
            <div className="flex flex-wrap items-center gap-x-4 gap-y-1">
              <span className="min-w-32 font-medium">{u.name}</span>
              <span className="text-sm text-slate-600">{u.email}</span>
              <span className="flex flex-wrap gap-1">
                {u.roles.map((r) => (
                  <Badge key={r}>{tc(`roles.${r}`)}</Badge>
                ))}
                {u.vrbDomains.map((v) => (
                  <Badge key={v} tone="info">
                    {tv(`domain.${v}`)}
                  </Badge>
                ))}
              </span>
              <span className="text-sm text-slate-600">
                {t('team')}: {u.teamName ?? '—'} · {t('manager')}: {u.managerName ?? '—'}
              </span>
              {u.disabled ? <Badge tone="danger">{t('disabled')}</Badge> : <Badge tone="success">{t('active')}</Badge>}
              <span className="ml-auto flex gap-2">
                <Button
                  size="sm"
                  variant="secondary"
                  aria-label={`${t('edit')} ${u.name}`}
                  onClick={() => {
                    setEditing(editing === u.id ? null : u.id);
                    setAdding(false);
                    setFieldErrors(undefined);
                  }}
                >
                  {t('edit')}
                </Button>
                {!u.disabled ? (
                  <Button
                    size="sm"
                    variant="secondary"
                    disabled={pending}
                    aria-label={`${t('resetPassword')} ${u.name}`}
                    onClick={() =>
                      start(async () => {
                        const r = await actions.reset({ userId: u.id });
                        if (result(r) && r.ok) setLink({ url: r.data.setupUrl, for: u.email });
                      })
                    }
                  >
                    {t('resetPassword')}
                  </Button>
                ) : null}
                {u.id !== currentUserId ? (
                  <Button
                    size="sm"
                    variant={u.disabled ? 'secondary' : 'danger'}
                    disabled={pending}
                    aria-label={`${u.disabled ? t('enable') : t('disable')} ${u.name}`}
                    onClick={() =>
                      start(async () => void result(await actions.update({ userId: u.id, disabled: !u.disabled, version: u.version })))
                    }
                  >
                    {u.disabled ? t('enable') : t('disable')}
                  </Button>
                ) : null}
              </span>
            </div>
            {editing === u.id ? (
              <UserForm
                idPrefix={`edit-${u.id.slice(0, 8)}`}
                initial={{
                  name: u.name,
                  email: u.email,
                  roles: u.roles,
                  vrbDomains: u.vrbDomains,
                  teamId: u.teamId ?? '',
                  managerId: u.managerId ?? '',
                }}
                users={users.filter((x) => x.id !== u.id)}
                teams={teams}
                pending={pending}
                errors={fieldErrors}
                submitLabel={t('save')}
                onCancel={() => setEditing(null)}
                onSubmit={(d) =>
                  start(async () => {
                    const r = await actions.update({ userId: u.id, ...toInput(d), version: u.version });
                    if (result(r)) setEditing(null);
                  })
                }
              />
            ) : null}
          </li>
        ))}
      </ul>
    </div>
  );
}
