'use client';
import { useTranslations } from 'next-intl';
import { blameWarnings } from '@/lib/domain/postmortems/write';

/**
 * The blame-language warning next to the field it concerns, live as the user types (the same pure
 * table the server checks on save: lib/domain/postmortems/write.ts BLAME_PATTERNS). A hint, never a block.
 */
export function BlameHint({ id, text }: { id: string; text: string }) {
  const t = useTranslations('postmortems');
  const terms = [...new Set(blameWarnings([{ path: id, text }]).map((w) => w.term))];
  if (!terms.length) return null;
  return (
    <p id={`${id}-blame`} className="text-xs text-amber-800" data-testid="blame-hint" aria-live="polite">
      {t('form.blameHint', { terms: terms.join(', ') })}
    </p>
  );
}
