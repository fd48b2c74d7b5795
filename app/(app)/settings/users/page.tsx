import { getTranslations } from 'next-intl/server';
import { db } from '@/lib/db/client';
import { requirePermission } from '@/lib/auth/session';
import { listTeams, listUsersForAdmin } from '@/lib/db/queries/users';
import { LinkButton } from '@/components/ui/button';
import { Card, CardBody, SectionCard } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';
import { createTeamAction, createUserAction, resetPasswordAction, updateTeamAction, updateUserAction } from './actions';
import { PeopleAdmin } from './people-admin';
import { TeamsAdmin } from './teams-admin';

export const metadata = { title: 'Users' };

export default async function UsersPage() {
  const session = await requirePermission('users:manage');
  const t = await getTranslations('people');
  const [users, teams] = await Promise.all([listUsersForAdmin(db), listTeams(db)]);
  const teamRows = teams.map((x) => ({ id: x.id, name: x.name, active: x.active, members: x._count.members }));
  return (
    <>
      <PageHeader
        title={t('title')}
        description={t('description')}
        actions={<LinkButton href="/settings/users/import">{t('import.button')}</LinkButton>}
        back={{ href: '/settings', label: t('back') }}
      />
      <div className="grid gap-5">
        <Card>
          <CardBody>
            <PeopleAdmin
              users={users.map((u) => ({
                id: u.id,
                name: u.name,
                email: u.email,
                roles: u.roles,
                vrbDomains: u.vrbDomains,
                teamId: u.teamId,
                teamName: u.team?.name ?? null,
                managerId: u.managerId,
                managerName: u.manager?.name ?? null,
                disabled: !!u.disabledAt,
                version: u.version,
              }))}
              teams={teamRows}
              currentUserId={session.userId}
              actions={{ create: createUserAction, update: updateUserAction, reset: resetPasswordAction }}
            />
          </CardBody>
        </Card>
        <SectionCard title={t('teams.title')}>
          <TeamsAdmin teams={teamRows} create={createTeamAction} update={updateTeamAction} />
        </SectionCard>
      </div>
    </>
  );
}
