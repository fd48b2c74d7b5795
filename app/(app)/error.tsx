'use client';
import { useTranslations } from 'next-intl';
import { Button } from '@/components/ui/button';

export default function AppError({ reset }: { error: Error; reset: () => void }) {
  const t = useTranslations('common');
  return (
    <div className="flex flex-col items-center gap-3 py-16" data-testid="error-boundary">
      <h1 className="text-lg font-semibold">{t('errorTitle')}</h1>
      <Button onClick={reset}>{t('errorRetry')}</Button>
    </div>
  );
}
