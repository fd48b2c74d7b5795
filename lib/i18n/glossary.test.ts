// One term per idea (SPEC "Glossary"), enforced over every message file in both languages.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';

type Entry = { file: string; key: string; text: string };
const DIR = path.join(import.meta.dirname, 'messages');

function entries(locale: 'ko' | 'en'): Entry[] {
  const out: Entry[] = [];
  const walk = (file: string, v: unknown, key: string) => {
    if (typeof v === 'string') out.push({ file, key, text: v });
    else if (v && typeof v === 'object') for (const [k, c] of Object.entries(v)) walk(file, c, key ? `${key}.${k}` : k);
  };
  for (const f of readdirSync(path.join(DIR, locale)).filter((n) => n.endsWith('.json')))
    walk(f, JSON.parse(readFileSync(path.join(DIR, locale, f), 'utf8')), '');
  return out;
}

/** Every object in the message files whose keys are a subset of `codes`: an enum's labels. */
function labelMaps(locale: 'ko' | 'en', codes: readonly string[]): { where: string; map: Record<string, string> }[] {
  const found: { where: string; map: Record<string, string> }[] = [];
  const walk = (where: string, v: unknown) => {
    if (!v || typeof v !== 'object') return;
    const keys = Object.keys(v);
    if (keys.length >= 2 && keys.every((k) => codes.includes(k))) found.push({ where, map: v as Record<string, string> });
    for (const [k, c] of Object.entries(v)) walk(`${where}.${k}`, c);
  };
  for (const f of readdirSync(path.join(DIR, locale)).filter((n) => n.endsWith('.json')))
    walk(`${locale}/${f}`, JSON.parse(readFileSync(path.join(DIR, locale, f), 'utf8')));
  return found;
}

// SPEC glossary rows whose labels are enums shown in many places.
const ENUM_LABELS = {
  outcome: {
    ko: { OPEN: '진행', WON: '수주', LOST: '실주', NO_BID: '입찰 포기', DROPPED: 'Drop' },
    en: { OPEN: 'Open', WON: 'Won', LOST: 'Lost', NO_BID: 'No bid', DROPPED: 'Dropped' },
  },
  vrbDecision: {
    ko: { PASS: '통과', CONDITIONAL: '조건부 통과', HOLD: '보류', DROP: 'Drop' },
    en: { PASS: 'Pass', CONDITIONAL: 'Conditional', HOLD: 'Hold', DROP: 'Drop' },
  },
  milestone: {
    ko: { DOWN_PAYMENT: '착수금', INTERIM: '중도금', BALANCE: '잔금' },
    en: { DOWN_PAYMENT: 'Down payment', INTERIM: 'Interim', BALANCE: 'Balance' },
  },
} as const;

// A word that must not appear: the glossary has another term for its idea.
const FORBIDDEN: Record<'ko' | 'en', { word: RegExp; use: string }[]> = {
  ko: [
    { word: /불참/, use: '입찰 포기 (NO_BID)' },
    { word: /승률/, use: '수주율 (수주 ÷ (수주 + 실주))' },
    { word: /중단/, use: 'Drop (DROPPED, VRB DROP)' },
    { word: /\\/, use: 'no U+005C: Korean fonts draw it as ₩ (use →, /, ·)' },
    { word: /expected close/i, use: '예상 종료일' },
  ],
  en: [{ word: /\bno-show\b|\babstain/i, use: 'No bid' }],
};

// English allowed inside Korean strings: glossary terms kept in English, acronyms, file formats,
// key names. Anything else is a leftover translation.
const LATIN_OK = new Set(
  'Tier Drop VRB RFI RFP SQL MQL CSV XLSX API ROI KAM FGI UTF CP EUC KR MB M B SFA ID JSON OpenAPI Authorization Bearer Ctrl K Enter Esc Shift Alt Z A YYYY MM DD Hot Warm Cold ISO Tierline NUL'.split(
    ' ',
  ),
);
// Strings that quote code or data verbatim (an example action code, the demo login, input values).
const VERBATIM_KEYS = new Set(['audit.json:filters.actionPlaceholder', 'auth.json:demoHint', 'settings.json:tokens.description']);

describe('glossary: one term per idea', () => {
  for (const [idea, labels] of Object.entries(ENUM_LABELS)) {
    for (const locale of ['ko', 'en'] as const) {
      test(`${idea} labels (${locale}) match the glossary wherever they are listed`, () => {
        const want: Record<string, string> = labels[locale];
        const maps = labelMaps(locale, Object.keys(want));
        expect(maps.length).toBeGreaterThan(0);
        for (const { where, map } of maps)
          for (const [code, label] of Object.entries(map)) expect({ where, code, label }).toEqual({ where, code, label: want[code] });
      });
    }
  }

  for (const locale of ['ko', 'en'] as const) {
    test(`no word the glossary replaces (${locale})`, () => {
      const bad = entries(locale).flatMap((e) =>
        FORBIDDEN[locale].filter((f) => f.word.test(e.text)).map((f) => `${e.file}:${e.key} "${e.text}" → ${f.use}`),
      );
      expect(bad).toEqual([]);
    });
  }

  test('no leftover English in Korean strings', () => {
    const bad = entries('ko')
      .filter((e) => !VERBATIM_KEYS.has(`${e.file}:${e.key}`))
      .flatMap((e) => {
        const words = e.text.replace(/\{[^{}]*\}/g, '').match(/[A-Za-z][A-Za-z]*/g) ?? [];
        return words.filter((w) => !LATIN_OK.has(w)).map((w) => `${e.file}:${e.key} "${w}" in "${e.text}"`);
      });
    expect(bad).toEqual([]);
  });

  test('both languages have the same keys', () => {
    const keys = (l: 'ko' | 'en') => new Set(entries(l).map((e) => `${e.file}:${e.key}`));
    const [ko, en] = [keys('ko'), keys('en')];
    expect([...ko].filter((k) => !en.has(k))).toEqual([]);
    expect([...en].filter((k) => !ko.has(k))).toEqual([]);
  });
});
