import { getTranslations } from 'next-intl/server';
import { db } from '@/lib/db/client';
import { requireSession } from '@/lib/auth/session';
import { can } from '@/lib/auth/permissions';
import { listActiveUserOptions } from '@/lib/db/queries/users';
import { listExpertFields } from '@/lib/db/queries/experts';
import { getExpertProfile } from '@/lib/server/commands/tools';
import { recordOr404 } from '@/lib/server/record-or-404';
import { formatPhone, formatRatio } from '@/lib/domain/format';
import { Badge } from '@/components/ui/badge';
import { SectionCard } from '@/components/ui/card';
import { ToolsHeader } from '../../tools-header';
import { Stat } from '@/components/ui/stat';
import { updateExpertAction } from '../actions';
import { ProfileForm } from './profile-form';
import { ExpertDeals } from './deals-table';

// An expert's page: the profile (editable with tools:edit), the deals they helped and their 수주율.
export default async function ExpertPage({ params }: { params: Promise<{ id: string }> }) {
  const session = await requireSession();
  const { id } = await params;
  const profile = await recordOr404(id, (id) => getExpertProfile(db, session, id));
  const t = await getTranslations('experts');
  const tiers = await getTranslations('tiers');
  const editable = can(session.roles, 'tools:edit');
  const [fields, users] = await Promise.all([listExpertFields(db), editable ? listActiveUserOptions(db) : Promise.resolve([])]);
  const { expert, record, deals } = profile;
  const contact = [expert.organization ?? expert.userName, expert.email, expert.phone ? formatPhone(expert.phone) : null].filter(Boolean);
  return (
    <>
      <ToolsHeader
        list={{ href: '/tools/experts', label: t('back') }}
        title={expert.name}
        description={[expert.field, ...contact].join(' · ')}
      />
      <div className="mb-3">
        <Badge tone={expert.internal ? 'accent' : 'neutral'}>{t(`kind.${expert.kind}`)}</Badge>
      </div>
      <div className="grid gap-4 lg:grid-cols-2">
        <SectionCard title={t('edit')}>
          <ProfileForm key={expert.version} initial={expert} editable={editable} users={users} fields={fields} save={updateExpertAction} />
        </SectionCard>
        <SectionCard title={t('record.title')} data-testid="expert-record-card" bodyClassName="flex flex-col gap-3">
          <dl className="grid grid-cols-2 gap-2 sm:grid-cols-4" data-testid="expert-record-total">
            {(['open', 'won', 'lost', 'other'] as const).map((k) => (
              <Stat key={k} label={t(`record.${k}`)} value={t('record.count', { count: record[k] })} />
            ))}
          </dl>
          <p className="text-sm text-slate-700" data-testid="expert-win-rate">
            {t('record.winRate')}: <strong>{formatRatio(record.winRate)}</strong>{' '}
            <span className="text-slate-500">({t('record.winRateHint')})</span>
          </p>
          <ExpertDeals rows={deals.map((d) => ({ ...d, outcome: tiers(`outcome.${d.outcome}`) }))} />
        </SectionCard>
      </div>
    </>
  );
}
