'use client';
import { useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { Search } from 'lucide-react';
import { cn } from '@/lib/cn';
import { Modal } from '@/components/modal';
import { Button } from '@/components/ui/button';
import { Input } from '@/components/ui/input';
import type { SearchQuery, SearchResult } from '@/lib/validation/search';

// Global search (Ctrl+K / ⌘K, or the header button): one input over opportunities, accounts,
// contacts, leads, lessons, Q&A entries, competitors and experts, grouped by kind, in the app's one
// dialog (components/modal.tsx: focus trapped, page behind inert, Esc closes). ARIA combobox +
// listbox: focus stays in the input,
// ↑/↓ move the active option (aria-activedescendant), Enter opens it, Esc closes and gives focus
// back to the button. Debounced; a stale answer never replaces a newer one.

const DEBOUNCE_MS = 200;
const PER_KIND = 5;

type Status = 'idle' | 'loading' | 'done' | 'error';

/** `search` is the page's server action (app/(app)/search/actions.ts: globalSearchAction), passed by the layout. */
export function CommandPalette({
  search,
}: {
  search: (input: SearchQuery) => Promise<{ ok: true; data: SearchResult } | { ok: false; error: string }>;
}) {
  const t = useTranslations('search');
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [q, setQ] = useState('');
  const [result, setResult] = useState<SearchResult | null>(null);
  const [status, setStatus] = useState<Status>('idle');
  const [active, setActive] = useState(0);
  const seq = useRef(0);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const listId = useId();
  const optionId = (i: number) => `${listId}-opt-${i}`;

  const items = useMemo(() => result?.groups.flatMap((g) => g.items) ?? [], [result]);

  const close = useCallback(() => {
    setOpen(false);
    if (timer.current) clearTimeout(timer.current);
    seq.current++; // drop answers still in flight
    setQ('');
    setResult(null);
    setStatus('idle');
    setActive(0);
  }, []);

  // Ctrl+K / ⌘K anywhere opens the palette (and toggles it closed)
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if ((e.ctrlKey || e.metaKey) && !e.altKey && !e.shiftKey && e.key.toLowerCase() === 'k') {
        e.preventDefault();
        if (open) close();
        else setOpen(true);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [open, close]);

  // debounced search; only the newest request's answer is shown
  const onChange = (value: string) => {
    setQ(value);
    if (timer.current) clearTimeout(timer.current);
    const mine = ++seq.current;
    const text = value.trim();
    if (!text) {
      setResult(null);
      setStatus('idle');
      return;
    }
    setStatus('loading');
    timer.current = setTimeout(async () => {
      const r = await search({ q: text, limit: PER_KIND }).catch(() => null);
      if (mine !== seq.current) return;
      if (r?.ok) {
        setResult(r.data);
        setActive(0);
        setStatus('done');
      } else {
        setResult(null);
        setStatus('error');
      }
    }, DEBOUNCE_MS);
  };

  const go = (i: number) => {
    const item = items[i];
    if (!item) return;
    close();
    router.push(item.href);
  };

  const onKeyDown = (e: React.KeyboardEvent<HTMLInputElement>) => {
    if (e.nativeEvent.isComposing) return; // a Korean IME is still composing the syllable
    if (e.key === 'ArrowDown') {
      e.preventDefault();
      if (items.length) setActive((a) => (a + 1) % items.length);
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      if (items.length) setActive((a) => (a - 1 + items.length) % items.length);
    } else if (e.key === 'Home' && items.length) {
      e.preventDefault();
      setActive(0);
    } else if (e.key === 'End' && items.length) {
      e.preventDefault();
      setActive(items.length - 1);
    } else if (e.key === 'Enter') {
      e.preventDefault();
      go(active);
    } // Escape: the dialog closes (components/modal.tsx)
  };

  useEffect(() => {
    if (open && items.length) document.getElementById(`${listId}-opt-${active}`)?.scrollIntoView({ block: 'nearest' });
  }, [active, open, items.length, listId]);

  // while the next answer loads, the previous results stay (no flicker between keystrokes)
  const showList = (status === 'done' || status === 'loading') && items.length > 0;
  let index = -1;
  return (
    <>
      <Button
        ref={buttonRef}
        variant="secondary"
        size="sm"
        onClick={() => setOpen(true)}
        aria-haspopup="dialog"
        aria-keyshortcuts="Control+K Meta+K"
        className="px-2.5 font-normal text-slate-600"
      >
        <Search className="size-4" aria-hidden />
        <span>{t('open')}</span>
        <kbd className="rounded border border-slate-200 bg-slate-50 px-1 font-sans text-[10px] text-slate-500">{t('shortcut')}</kbd>
      </Button>
      <Modal
        open={open}
        onClose={close}
        title={t('dialogLabel')}
        description={t('hint')}
        closeLabel={t('close')}
        placement="top"
        size="lg"
        testId="command-palette"
        returnFocusTo={buttonRef}
        onEscapeKeyDown={(e) => {
          if (e.isComposing) e.preventDefault(); // Esc ends a Korean IME composition first
        }}
      >
        <div className="-mx-5 -my-4">
          <div className="border-b border-slate-200 px-3 py-2">
            <Input
              role="combobox"
              aria-label={t('inputLabel')}
              aria-expanded={showList}
              aria-controls={listId}
              aria-autocomplete="list"
              aria-activedescendant={showList ? optionId(active) : undefined}
              value={q}
              onChange={(e) => onChange(e.target.value)}
              onKeyDown={onKeyDown}
              placeholder={t('placeholder')}
              maxLength={100}
              autoComplete="off"
              spellCheck={false}
              data-autofocus
              className="h-11 text-base"
            />
          </div>
          <div className="max-h-[50vh] overflow-y-auto">
            <div id={listId} role="listbox" aria-label={t('dialogLabel')} hidden={!showList}>
              {showList
                ? result!.groups.map((g) => (
                    <div key={g.kind} role="group" aria-labelledby={`${listId}-${g.kind}`} className="py-1">
                      <div
                        id={`${listId}-${g.kind}`}
                        role="presentation"
                        className="px-3 pt-2 pb-1 text-xs font-semibold tracking-wide text-slate-500 uppercase"
                      >
                        {t(`kinds.${g.kind}`)}
                      </div>
                      {g.items.map((item) => {
                        index++;
                        const i = index;
                        return (
                          <div
                            key={`${g.kind}-${item.id}`}
                            id={optionId(i)}
                            role="option"
                            aria-selected={i === active}
                            onMouseMove={() => setActive(i)}
                            onMouseDown={(e) => e.preventDefault()}
                            onClick={() => go(i)}
                            className={cn(
                              'mx-1 cursor-pointer rounded-md px-3 py-2',
                              i === active ? 'bg-indigo-50 text-indigo-900' : 'text-slate-800',
                            )}
                          >
                            <div className="truncate text-sm font-medium">{item.title}</div>
                            {item.subtitle ? <div className="truncate text-xs text-slate-600">{item.subtitle}</div> : null}
                          </div>
                        );
                      })}
                    </div>
                  ))
                : null}
            </div>
            <p role="status" aria-live="polite" className={cn('px-4 text-sm text-slate-500', showList ? 'sr-only' : 'py-6 text-center')}>
              {status === 'idle'
                ? t('emptyState')
                : status === 'loading'
                  ? t('searching')
                  : status === 'error'
                    ? t('error')
                    : items.length === 0
                      ? t('noResults', { q: q.trim() })
                      : t('results', { count: items.length })}
            </p>
          </div>
        </div>
      </Modal>
    </>
  );
}
