'use client';
// Settings → 사용자: the teams list (create, rename, (de)activate — never deleted).
import { useTranslations } from 'next-intl';
import { Button } from '@/components/ui/button';
import { FormError } from '@/components/forms/field';
import { useActionRunner } from '@/components/forms/use-action-runner';
import { NameForm } from '@/components/name-form';
import type { ActionResult } from '@/lib/server/action';
import type { AdminTeam } from './people-admin';

export function TeamsAdmin({
  teams,
  create,
  update,
}: {
  teams: AdminTeam[];
  create: (i: { name: string }) => Promise<ActionResult<void>>;
  update: (i: { teamId: string; active: boolean }) => Promise<ActionResult<void>>;
}) {
  const t = useTranslations('people.teams');
  const { pending, error, setError, run } = useActionRunner();
  return (
    <div className="flex flex-col gap-3">
      <FormError message={error} />
      <NameForm
        id="team-name"
        label={t('name')}
        submitLabel={t('add')}
        onSubmit={async (name) => {
          const r = await create({ name });
          setError(r.ok ? null : r.error);
          return r.ok;
        }}
      />
      {teams.length === 0 ? <p className="text-sm text-slate-600">{t('empty')}</p> : null}
      <ul className="flex flex-col gap-1" aria-label={t('title')}>
        {teams.map((x) => (
          <li key={x.id} className="flex items-center gap-3 text-sm">
            <span className={x.active ? 'font-medium' : 'text-slate-500 line-through'}>{x.name}</span>
            <span className="text-slate-600">
              {t('members')}: {x.members}
            </span>
            <Button size="sm" variant="secondary" disabled={pending} onClick={() => run(() => update({ teamId: x.id, active: !x.active }))}>
              {x.active ? t('deactivate') : t('activate')}
            </Button>
          </li>
        ))}
      </ul>
    </div>
  );
}
