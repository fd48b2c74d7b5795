'use client';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useEffect, useRef, useState, useTransition } from 'react';
import { cn } from '@/lib/cn';

export type BellItem = { id: string; kind: string; params: Record<string, unknown>; link: string; createdAt: string; read: boolean };
type MarkRead = (input: { ids?: string[] | null }) => Promise<unknown>;

/** The header bell: unread count, the newest notifications; opening one marks it read. The action comes as a prop. */
export function NotificationBell({ unread, items, markRead }: { unread: number; items: BellItem[]; markRead: MarkRead }) {
  const t = useTranslations('work.bell');
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [, start] = useTransition();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!open) return;
    const close = (e: MouseEvent | KeyboardEvent) => {
      if (e instanceof KeyboardEvent ? e.key === 'Escape' : !ref.current?.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener('mousedown', close);
    document.addEventListener('keydown', close);
    return () => {
      document.removeEventListener('mousedown', close);
      document.removeEventListener('keydown', close);
    };
  }, [open]);
  const text = (n: BellItem) => {
    const p = Object.fromEntries(Object.entries(n.params).map(([k, v]) => [k, v === null || v === undefined ? '' : String(v)]));
    return t(n.kind as 'DEAL_MOVED', { name: '', issue: '', decision: '', title: '', ...p });
  };
  return (
    <div ref={ref} className="relative">
      <button
        type="button"
        aria-expanded={open}
        aria-haspopup="true"
        aria-label={unread ? t('unread', { count: unread }) : t('label')}
        onClick={() => setOpen((o) => !o)}
        className="relative rounded-md p-1.5 text-slate-700 hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-indigo-600"
        data-testid="notification-bell"
      >
        <svg aria-hidden="true" viewBox="0 0 24 24" className="h-5 w-5" fill="none" stroke="currentColor" strokeWidth="2">
          <path d="M6 8a6 6 0 1 1 12 0c0 7 3 9 3 9H3s3-2 3-9" />
          <path d="M10.3 21a1.94 1.94 0 0 0 3.4 0" />
        </svg>
        {unread ? (
          <span
            data-testid="notification-count"
            className="absolute -top-1 -right-1 rounded-full bg-rose-600 px-1.5 text-xs font-semibold text-white"
          >
            {unread >= 100 ? '99+' : unread}
          </span>
        ) : null}
      </button>
      {open ? (
        <div className="absolute right-0 z-40 mt-2 w-80 rounded-lg border border-slate-200 bg-white shadow-lg">
          <div className="flex items-center justify-between border-b border-slate-100 px-3 py-2">
            <span className="text-sm font-semibold text-slate-900">{t('label')}</span>
            {unread ? (
              <button
                type="button"
                className="text-xs text-indigo-700 underline"
                onClick={() => start(async () => void (await markRead({ ids: null }), router.refresh()))}
              >
                {t('markAll')}
              </button>
            ) : null}
          </div>
          {items.length === 0 ? (
            <p className="px-3 py-4 text-sm text-slate-600">{t('empty')}</p>
          ) : (
            <ul className="max-h-96 overflow-y-auto">
              {items.map((n) => (
                <li key={n.id}>
                  <Link
                    href={n.link}
                    onClick={() => {
                      setOpen(false);
                      if (!n.read) start(async () => void (await markRead({ ids: [n.id] }), router.refresh()));
                    }}
                    className={cn('block px-3 py-2 text-sm hover:bg-slate-50', n.read ? 'text-slate-600' : 'font-medium text-slate-900')}
                  >
                    {text(n)}
                  </Link>
                </li>
              ))}
            </ul>
          )}
        </div>
      ) : null}
    </div>
  );
}
