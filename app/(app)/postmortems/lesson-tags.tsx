import { getTranslations } from 'next-intl/server';
import { Badge } from '@/components/ui/badge';

/** A lesson's tags (the record page and the lessons library): its category, account, competitor and business category. */
export async function LessonTags({
  category,
  account,
  competitor,
  businessCategory,
  className,
}: {
  category: string;
  account?: string | null;
  competitor?: string | null;
  businessCategory?: string | null;
  className: string;
}) {
  const t = await getTranslations('postmortems');
  return (
    <div className={className}>
      <Badge tone="accent">
        <span className="sr-only">{t('lessons.category')}: </span>
        {t(`rootCause.${category}` as never)}
      </Badge>
      {account ? (
        <Badge>
          <span className="sr-only">{t('lessons.account')}: </span>
          {account}
        </Badge>
      ) : null}
      {competitor ? (
        <Badge tone="warning">
          <span className="sr-only">{t('lessons.competitor')}: </span>
          {competitor}
        </Badge>
      ) : null}
      {businessCategory ? <Badge tone="info">{businessCategory}</Badge> : null}
    </div>
  );
}
