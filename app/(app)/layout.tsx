import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { requireSession } from '@/lib/auth/session';
import { AppNav } from '@/components/app-nav';
import { CommandPalette } from '@/components/command-palette';
import { ShortcutsOverlay } from '@/components/shortcuts-overlay';
import { LocaleSwitch } from '@/components/locale-switch';
import { Button } from '@/components/ui/button';
import { Toaster } from '@/components/toast';
import { setLocaleAction } from '../locale-actions';
import { globalSearchAction } from './search/actions';
import { signOutAction } from '../(auth)/login/actions';
import { db } from '@/lib/db/client';
import { getNavCounts } from '@/lib/server/commands/work/get-my-work';
import { listMyNotifications } from '@/lib/server/commands/notifications';
import { formatCount } from '@/lib/domain/work';
import { NotificationBell } from '@/components/notification-bell';
import { markNotificationsReadAction } from './work/actions';

export default async function AppLayout({ children }: { children: React.ReactNode }) {
  const session = await requireSession();
  const t = await getTranslations();
  // the work badge and the bell's unread count (capped, index-backed: lib/db/queries/work.ts) and the
  // bell's newest notifications, on every page
  const [work, notes] = await Promise.all([getNavCounts(db, session), listMyNotifications(db, session, 10)]);
  return (
    <div className="min-h-screen">
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2"
      >
        {t('nav.skipToContent')}
      </a>
      <header className="no-print sticky top-0 z-30 border-b border-slate-200 bg-white">
        <div className="mx-auto flex max-w-[1600px] flex-wrap items-center gap-3 px-4 py-2">
          <Link href="/" className="mr-2 text-lg font-bold tracking-tight text-indigo-700">
            {t('common.appName')}
          </Link>
          <Link
            href="/work"
            className="inline-flex items-center gap-1 rounded-md px-3 py-1.5 text-sm font-medium text-slate-700 hover:bg-slate-100"
            data-testid="nav-work"
          >
            {t('work.navLabel')}
            {work.total ? (
              <span className="rounded-full bg-indigo-600 px-1.5 text-xs font-semibold text-white" data-testid="nav-work-count">
                {formatCount(work.total)}
              </span>
            ) : null}
          </Link>
          <AppNav roles={session.roles} />
          <div className="ml-auto flex items-center gap-3">
            <CommandPalette search={globalSearchAction} />
            <ShortcutsOverlay />
            <NotificationBell
              unread={work.unread}
              items={notes.map((n) => ({
                id: n.id,
                kind: n.kind,
                params: n.params,
                link: n.link,
                createdAt: n.createdAt.toISOString(),
                read: !!n.readAt,
              }))}
              markRead={markNotificationsReadAction}
            />
            <LocaleSwitch setLocale={setLocaleAction} />
            <span className="text-sm text-slate-600" data-testid="current-user">
              {session.name}
              <span className="ml-1 text-xs text-slate-500">({session.roles.map((r) => t(`common.roles.${r}`)).join(', ')})</span>
            </span>
            <form action={signOutAction}>
              <Button type="submit" variant="ghost" size="sm">
                {t('nav.signOut')}
              </Button>
            </form>
          </div>
        </div>
      </header>
      <main id="main" className="mx-auto max-w-[1600px] px-4 py-5">
        {children}
      </main>
      <Toaster closeLabel={t('common.close')} />
    </div>
  );
}
