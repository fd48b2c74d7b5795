'use client';
import { useEffect, useState } from 'react';
import { useTranslations } from 'next-intl';
import { Keyboard } from 'lucide-react';
import { Modal } from './modal';

// The "?" overlay: every keyboard shortcut of the tier board and the command palette, in one
// list. Opened by "?" anywhere outside a text field, and by the visible button in the header.

type Group = { title: 'board' | 'palette' | 'general'; items: { keys: string[]; label: string }[] };

const GROUPS: Group[] = [
  {
    title: 'palette',
    items: [
      { keys: ['Ctrl', 'K'], label: 'paletteOpen' },
      { keys: ['↑', '↓'], label: 'paletteMove' },
      { keys: ['Home', 'End'], label: 'paletteEnds' },
      { keys: ['Enter'], label: 'paletteGo' },
      { keys: ['Esc'], label: 'paletteClose' },
    ],
  },
  {
    title: 'board',
    items: [
      { keys: ['Tab'], label: 'boardFocus' },
      { keys: ['M'], label: 'boardMenu' },
      { keys: ['Shift', '←'], label: 'boardDown' },
      { keys: ['Shift', '→'], label: 'boardUp' },
      { keys: ['Alt', '↑'], label: 'boardOrderUp' },
      { keys: ['Alt', '↓'], label: 'boardOrderDown' },
      { keys: ['Z'], label: 'boardSnooze' },
    ],
  },
  { title: 'general', items: [{ keys: ['?'], label: 'help' }] },
];

const typing = (el: EventTarget | null) =>
  el instanceof HTMLElement && (el.isContentEditable || el.matches('input, textarea, select, [role="combobox"]'));

export function ShortcutsOverlay() {
  const t = useTranslations('nav.shortcuts');
  const [open, setOpen] = useState(false);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== '?' || e.ctrlKey || e.metaKey || e.altKey || typing(e.target)) return;
      if (document.querySelector('[role="dialog"]')) return; // not over another dialog
      e.preventDefault();
      setOpen(true);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
  return (
    <>
      <button
        type="button"
        onClick={() => setOpen(true)}
        aria-keyshortcuts="?"
        aria-label={t('open')}
        title={t('open')}
        data-testid="shortcuts-button"
        className="inline-flex items-center gap-1 rounded-md px-2 py-1.5 text-sm text-slate-600 hover:bg-slate-100 hover:text-slate-900"
      >
        <Keyboard className="size-4" aria-hidden />
        <kbd className="font-sans text-xs">?</kbd>
      </button>
      <Modal
        open={open}
        onClose={() => setOpen(false)}
        title={t('title')}
        description={t('description')}
        testId="shortcuts-overlay"
        size="lg"
      >
        <div className="grid gap-5 sm:grid-cols-2">
          {GROUPS.map((g) => (
            <section key={g.title} aria-labelledby={`shortcuts-${g.title}`}>
              <h3 id={`shortcuts-${g.title}`} className="mb-2 text-sm font-semibold text-slate-900">
                {t(`groups.${g.title}`)}
              </h3>
              <dl className="space-y-1.5 text-sm">
                {g.items.map((item) => (
                  <div key={item.label} className="flex items-center justify-between gap-3">
                    <dt className="text-slate-700">{t(`items.${item.label}`)}</dt>
                    <dd className="flex shrink-0 gap-1">
                      {item.keys.map((k) => (
                        <kbd key={k} className="rounded border border-slate-300 bg-slate-50 px-1.5 py-0.5 font-sans text-xs text-slate-800">
                          {k}
                        </kbd>
                      ))}
                    </dd>
                  </div>
                ))}
              </dl>
            </section>
          ))}
        </div>
      </Modal>
    </>
  );
}
