import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import { db } from '@/lib/db/client';
import { requireSession } from '@/lib/auth/session';
import { can } from '@/lib/auth/permissions';
import { listApiTokens } from '@/lib/server/commands/api-tokens';
import { SectionCard } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';
import { TokenPanel } from '../token-panel';
import { ChangePasswordForm } from '../change-password-form';
import { changePasswordAction } from '../actions';
import { QualificationSettings } from '../qualification-settings';
import { TierSettings } from '../tier-settings';
import { formatDate, formatDateTime } from '@/lib/domain/format';

export default async function SettingsPage() {
  const session = await requireSession();
  const t = await getTranslations('settings');
  const ta = await getTranslations('audit');
  const locale = (await getLocale()) === 'en' ? 'en' : 'ko';
  const tp = await getTranslations('people');
  const tr = await getTranslations('reference');
  const tokens = await listApiTokens(db, session);
  const isAdmin = can(session.roles, 'users:manage');
  return (
    <>
      <PageHeader title={t('title')} description={t('description')} />
      <div className="grid gap-5">
        {isAdmin ? <QualificationSettings /> : null}
        {isAdmin ? <SettingsLinkCard t={tp} href="/settings/users" /> : null}
        {isAdmin ? <SettingsLinkCard t={tr} href="/settings/reference" /> : null}
        {isAdmin ? <TierSettings /> : null}
        {can(session.roles, 'audit:read') ? <SettingsLinkCard t={ta} href="/settings/audit" /> : null}
        <SectionCard title={tp('password.title')}>
          <p className="mb-3 text-sm text-slate-600">{tp('password.description')}</p>
          <ChangePasswordForm action={changePasswordAction} />
        </SectionCard>
        <SectionCard
          title={t('tokens.title')}
          actions={
            <a className="text-sm text-indigo-600 underline" href="/api/v1/openapi.json">
              {t('tokens.openapi')}
            </a>
          }
        >
          <p className="mb-3 text-sm text-slate-500">{t('tokens.description')}</p>
          <TokenPanel
            tokens={tokens.map((k) => ({
              id: k.id,
              name: k.name,
              created: formatDate(k.createdAt, locale),
              lastUsed: k.lastUsedAt ? formatDateTime(k.lastUsedAt, locale) : null,
              revoked: !!k.revokedAt,
            }))}
          />
        </SectionCard>
      </div>
    </>
  );
}

/** A card that leads to a settings page of its own: its namespace's settingsCard, settingsLink and settingsCardDescription. */
function SettingsLinkCard({ t, href }: { t: (key: 'settingsCard' | 'settingsLink' | 'settingsCardDescription') => string; href: string }) {
  return (
    <SectionCard
      title={t('settingsCard')}
      actions={
        <Link className="text-sm text-indigo-600 underline" href={href}>
          {t('settingsLink')}
        </Link>
      }
    >
      <p className="text-sm text-slate-600">{t('settingsCardDescription')}</p>
    </SectionCard>
  );
}
