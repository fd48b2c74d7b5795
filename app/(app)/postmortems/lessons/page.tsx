import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import { z } from '@/lib/validation/z';
import { Search } from 'lucide-react';
import { db } from '@/lib/db/client';
import { lessonFilterOptions, ROOT_CAUSES } from '@/lib/db/queries/postmortems';
import { searchLessons } from '@/lib/server/commands/postmortems';
import { FilterActions, LinkButton } from '@/components/ui/button';
import { EmptyState } from '@/components/ui/empty-state';
import { Input, Label } from '@/components/ui/input';
import { FilterSelect } from '@/components/forms/options';
import { PageHeader } from '@/components/ui/page-header';
import { requireReader } from '../access';
import { LessonTags } from '../lesson-tags';
import { formatDate } from '@/lib/domain/format';

const LIMIT = 50;
// bad or unknown values are dropped (the filter is ignored), never a 500
const searchSchema = z.object({
  q: z.string().trim().max(100).optional().catch(undefined),
  category: z.enum(ROOT_CAUSES).optional().catch(undefined),
  account: z.uuid().optional().catch(undefined),
  competitor: z.uuid().optional().catch(undefined),
  cursor: z.string().max(200).optional().catch(undefined),
});

export default async function LessonsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await requireReader('lesson:read');
  const f = searchSchema.parse(await searchParams);
  const locale = (await getLocale()) === 'en' ? 'en' : 'ko';
  const t = await getTranslations('postmortems');
  // the same function as GET /api/v1/lessons; a bad cursor starts over from the first page
  const query = { q: f.q || undefined, category: f.category, customer: f.account, competitor: f.competitor, limit: LIMIT };
  const [page, options] = await Promise.all([
    searchLessons(db, { ...query, cursor: f.cursor }, locale).catch(() => searchLessons(db, query, locale)),
    lessonFilterOptions(db),
  ]);
  const rows = page.items;
  const pageHref = (cursor?: string) => {
    const p = new URLSearchParams();
    if (f.q) p.set('q', f.q);
    if (f.category) p.set('category', f.category);
    if (f.account) p.set('account', f.account);
    if (f.competitor) p.set('competitor', f.competitor);
    if (cursor) p.set('cursor', cursor);
    const s = p.toString();
    return s ? `/postmortems/lessons?${s}` : '/postmortems/lessons';
  };
  const filtered = Boolean(f.q || f.category || f.account || f.competitor);
  const filters = [
    ['category', ROOT_CAUSES.map((c) => [c, t(`rootCause.${c}`)] as const)],
    ['account', options.accounts],
    ['competitor', options.competitors],
  ] as const;

  return (
    <>
      <PageHeader title={t('lessons.title')} description={t('lessons.description')} />
      <form
        role="search"
        aria-label={t('lessons.search')}
        className="mb-4 flex flex-wrap items-end gap-3 rounded-lg border border-slate-200 bg-white p-3 shadow-sm"
      >
        <div className="flex min-w-64 flex-1 flex-col gap-1">
          <Label htmlFor="lesson-q">{t('lessons.search')}</Label>
          <div className="relative">
            <Search aria-hidden className="pointer-events-none absolute top-2.5 left-2.5 size-4 text-slate-500" />
            <Input id="lesson-q" name="q" type="search" defaultValue={f.q} placeholder={t('lessons.searchPlaceholder')} className="pl-8" />
          </div>
        </div>
        {filters.map(([name, choices]) => (
          <FilterSelect
            key={name}
            id={`lesson-${name}`}
            name={name}
            label={t(`lessons.${name}`)}
            all={t('lessons.all')}
            className="w-48"
            defaultValue={f[name] ?? ''}
            options={choices}
          />
        ))}
        <FilterActions
          apply={t('lessons.searchButton')}
          reset={t('lessons.reset')}
          resetHref={filtered ? '/postmortems/lessons' : undefined}
        />
      </form>

      <p className="mb-2 text-sm text-slate-600" role="status" aria-live="polite">
        {t('lessons.results', { count: rows.length })}
      </p>

      {rows.length === 0 ? (
        filtered ? (
          <EmptyState
            title={t('lessons.empty')}
            description={t('lessons.emptyHint')}
            action={
              <Link href="/postmortems/lessons" className="text-sm font-medium text-indigo-700 hover:underline">
                {t('lessons.reset')}
              </Link>
            }
          />
        ) : (
          <EmptyState title={t('lessons.emptyAll')} description={t('lessons.emptyAllHint')} />
        )
      ) : (
        <ul className="grid gap-3 md:grid-cols-2" aria-label={t('lessons.title')}>
          {rows.map((l) => (
            <li key={l.id} className="flex flex-col rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
              <h2 className="font-semibold text-slate-900">{l.title}</h2>
              <p className="mt-1 line-clamp-4 flex-1 text-sm whitespace-pre-line text-slate-700">{l.body}</p>
              <LessonTags
                className="mt-3 flex flex-wrap items-center gap-1.5"
                category={l.category}
                account={l.accountName}
                competitor={l.competitorName}
                businessCategory={l.businessCategory}
              />
              <div className="mt-2 flex items-center justify-between gap-2 text-xs text-slate-500">
                {l.postmortemId && l.opportunityName ? (
                  <Link href={`/postmortems/${l.postmortemId}`} className="text-indigo-700 hover:underline">
                    {t('lessons.from', { name: l.opportunityName })}
                  </Link>
                ) : (
                  <span />
                )}
                <time dateTime={l.createdAt.toISOString()}>{formatDate(l.createdAt, locale)}</time>
              </div>
            </li>
          ))}
        </ul>
      )}
      {page.nextCursor || f.cursor ? (
        <nav aria-label={t('lessons.title')} className="mt-4 flex justify-end gap-2">
          {f.cursor ? (
            <LinkButton variant="ghost" size="md" href={pageHref()}>
              {t('lessons.first')}
            </LinkButton>
          ) : null}
          {page.nextCursor ? (
            <Link
              href={pageHref(page.nextCursor)}
              className="inline-flex h-9 items-center rounded-md border border-slate-300 px-3 text-sm font-medium text-slate-700 hover:bg-slate-50"
            >
              {t('lessons.next')}
            </Link>
          ) : null}
        </nav>
      ) : null}
    </>
  );
}
