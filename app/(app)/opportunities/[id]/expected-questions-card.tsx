import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { SectionCard } from '@/components/ui/card';
import { ItemList } from '@/components/item-list';
import type { QaEntryDto } from '@/lib/server/commands/tools';

// 예상 질문 (issue 12 item 3): the Q&A guide entries whose need type is in this deal's need and whose
// industry is open or the account's (lib/domain/tools/qa-match.ts).
export async function ExpectedQuestionsCard({ items }: { items: QaEntryDto[] }) {
  const t = await getTranslations('tools');
  return (
    <SectionCard
      title={t('qa.expected.title')}
      actions={<p className="text-sm text-slate-600">{t('qa.expected.description')}</p>}
      data-testid="expected-questions"
    >
      <ItemList
        items={items}
        empty={t('qa.expected.empty')}
        emptyClassName="text-sm text-slate-600"
        className="flex flex-col gap-3"
        itemClassName="border-l-2 border-indigo-200 pl-3"
      >
        {(e) => (
          <>
            <p className="text-sm font-medium text-slate-900">{e.question}</p>
            <p className="text-sm text-slate-700">{e.answer}</p>
            {e.avoidAnswer ? (
              <p className="text-sm text-rose-700">
                {t('qa.expected.avoid')}: {e.avoidAnswer}
              </p>
            ) : null}
            <p className="text-xs text-slate-600">
              {e.needType} · {e.industry ?? t('qa.anyIndustry')}
              {e.stage ? ` · ${e.stage}` : ''}
            </p>
          </>
        )}
      </ItemList>
      <Link href="/tools/qa" className="mt-3 inline-block text-sm text-indigo-700 hover:underline">
        {t('qa.expected.more')}
      </Link>
    </SectionCard>
  );
}
