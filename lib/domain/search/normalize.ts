// Global search query normalisation (pure). The same rules for the palette, the server action and
// GET /api/v1/search: Unicode NFC (a Korean IME or a macOS paste may send decomposed jamo),
// whitespace collapsed, control characters dropped, at most MAX_QUERY_CHARS characters.
// A single Hangul syllable is a meaningful query, so the minimum is one character.

export const MAX_QUERY_CHARS = 100;
/** Below this many characters a trigram index cannot help: the query runs as an ILIKE with an early LIMIT. */
export const TRIGRAM_MIN_CHARS = 3;

export type NormalizedQuery = {
  /** the text searched for */
  text: string;
  /** ILIKE pattern matching the text anywhere (%, _ and \ escaped) */
  contains: string;
  /** ILIKE pattern matching values that start with the text */
  prefix: string;
  /** fewer characters than a trigram: no trigram index, rely on LIMIT */
  short: boolean;
};

export const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

const CONTROL = /[\u0000-\u001f\u007f]/g;

/** null when nothing searchable is left. */
export function normalizeSearchQuery(raw: string): NormalizedQuery | null {
  const text = Array.from(raw.normalize('NFC').replace(CONTROL, ' ').replace(/\s+/g, ' ').trim()).slice(0, MAX_QUERY_CHARS).join('').trim();
  if (!text) return null;
  const esc = escapeLike(text);
  return { text, contains: `%${esc}%`, prefix: `${esc}%`, short: Array.from(text).length < TRIGRAM_MIN_CHARS };
}
