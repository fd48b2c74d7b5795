import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { z } from '@/lib/validation/z';
import { db } from '@/lib/db/client';
import { requireSession } from '@/lib/auth/session';
import { can } from '@/lib/auth/permissions';
import { listActiveUserOptions } from '@/lib/db/queries/users';
import { listExpertFields } from '@/lib/db/queries/experts';
import { getExpertProfile } from '@/lib/server/commands/tools';
import { DomainError } from '@/lib/server/errors';
import { formatPhone, formatRatio } from '@/lib/domain/format';
import { Badge } from '@/components/ui/badge';
import { Card, CardBody, CardHeader, CardTitle } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';
import { updateExpertAction } from '../actions';
import { ProfileForm } from './profile-form';
import { ExpertDeals } from './deals-table';

// An expert's page: the profile (editable with tools:edit), the deals they helped and their 수주율.
export default async function ExpertPage({ params }: { params: Promise<{ id: string }> }) {
  const session = await requireSession();
  const { id } = await params;
  if (!z.uuid().safeParse(id).success) notFound();
  const profile = await getExpertProfile(db, session, id).catch((e) => {
    if (e instanceof DomainError && e.code === 'NOT_FOUND') notFound();
    throw e;
  });
  const t = await getTranslations('experts');
  const tt = await getTranslations('tools');
  const editable = can(session.roles, 'tools:edit');
  const [fields, users] = await Promise.all([listExpertFields(db), editable ? listActiveUserOptions(db) : Promise.resolve([])]);
  const { expert, record, deals } = profile;
  const contact = [expert.organization ?? expert.userName, expert.email, expert.phone ? formatPhone(expert.phone) : null].filter(Boolean);
  return (
    <>
      <nav aria-label={tt('title')} className="mb-1 text-sm text-slate-500">
        <Link href="/tools" className="hover:underline">
          {tt('title')}
        </Link>{' '}
        /{' '}
        <Link href="/tools/experts" className="hover:underline">
          {t('back')}
        </Link>
      </nav>
      <PageHeader title={expert.name} description={[expert.field, ...contact].join(' · ')} />
      <div className="mb-3">
        <Badge tone={expert.internal ? 'accent' : 'neutral'}>{t(`kind.${expert.kind}`)}</Badge>
      </div>
      <div className="grid gap-4 lg:grid-cols-2">
        <Card>
          <CardHeader>
            <CardTitle>{t('edit')}</CardTitle>
          </CardHeader>
          <CardBody>
            <ProfileForm
              key={expert.version}
              initial={expert}
              editable={editable}
              users={users}
              fields={fields}
              save={updateExpertAction}
            />
          </CardBody>
        </Card>
        <Card data-testid="expert-record-card">
          <CardHeader>
            <CardTitle>{t('record.title')}</CardTitle>
          </CardHeader>
          <CardBody className="flex flex-col gap-3">
            <dl className="grid grid-cols-2 gap-2 sm:grid-cols-4" data-testid="expert-record-total">
              {(['open', 'won', 'lost', 'other'] as const).map((k) => (
                <div key={k} className="rounded-md border border-slate-200 px-3 py-2">
                  <dt className="text-xs text-slate-500">{t(`record.${k}`)}</dt>
                  <dd className="tabular text-lg font-semibold text-slate-900">{t('record.count', { count: record[k] })}</dd>
                </div>
              ))}
            </dl>
            <p className="text-sm text-slate-700" data-testid="expert-win-rate">
              {t('record.winRate')}: <strong>{formatRatio(record.winRate)}</strong>{' '}
              <span className="text-slate-500">({t('record.winRateHint')})</span>
            </p>
            <ExpertDeals rows={deals} />
          </CardBody>
        </Card>
      </div>
    </>
  );
}
