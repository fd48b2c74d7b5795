'use client';
import { useState } from 'react';
import { useTranslations } from 'next-intl';
import { Button } from '@/components/ui/button';
import { FormError } from '@/components/forms/field';
import { formatNumber } from '@/lib/domain/format';

/**
 * The finished people import's setup links: made on the server when the admin asks (POST), handed
 * to the browser as a file once — nothing keeps them on the page. A clear warning says that asking
 * again voids the earlier links.
 */
export function ImportSetupLinks({ batchId }: { batchId: string }) {
  const t = useTranslations('people.import.links');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<number | null>(null);

  const download = async (format: 'csv' | 'xlsx') => {
    setBusy(true);
    setError(null);
    try {
      const res = await fetch(`/api/v1/users/imports/${batchId}/setup-links?format=${format}`, { method: 'POST' });
      if (!res.ok) {
        const json = await res.json().catch(() => null);
        setError(json?.error?.message ?? t('failed'));
        return;
      }
      const blob = await res.blob();
      const name = /filename="([^"]+)"/.exec(res.headers.get('content-disposition') ?? '')?.[1] ?? `setup-links.${format}`;
      const href = URL.createObjectURL(blob);
      const a = document.createElement('a');
      a.href = href;
      a.download = name;
      document.body.appendChild(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(href), 10_000);
      setDone(Number(res.headers.get('x-link-count') ?? 0));
    } catch {
      setError(t('failed'));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="flex flex-col gap-2 rounded-lg border border-amber-300 bg-amber-50 p-3" data-testid="setup-links">
      <h3 className="text-sm font-semibold text-slate-900">{t('title')}</h3>
      <p className="text-sm text-amber-900" role="note">
        {t('warning')}
      </p>
      <FormError message={error} />
      {done !== null ? (
        <p role="status" className="text-sm text-emerald-800">
          {t('done', { count: formatNumber(done) })}
        </p>
      ) : null}
      <div className="flex flex-wrap gap-2">
        <Button variant="secondary" disabled={busy} onClick={() => void download('csv')}>
          {t('csv')}
        </Button>
        <Button variant="secondary" disabled={busy} onClick={() => void download('xlsx')}>
          {t('xlsx')}
        </Button>
      </div>
    </section>
  );
}
