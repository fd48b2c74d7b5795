import { getLocale, getTranslations } from 'next-intl/server';
import { db } from '@/lib/db/client';
import { requireSession } from '@/lib/auth/session';
import { can } from '@/lib/auth/permissions';
import { loadBoard } from '@/lib/server/commands/opportunities';
import { listActiveCategories, listCloseReasons } from '@/lib/db/queries/reference';
import { listSalesUserOptions } from '@/lib/db/queries/users';
import { boardFiltersSchema } from '@/lib/validation/opportunities';
import { encodeCards } from '@/lib/domain/tiers/board-codec';
import { mayEdit } from '@/lib/domain/access';
import { PageHeader } from '@/components/ui/page-header';
import { TierBoard } from '../tier-board';
import { BoardFilters } from '../board-filters';
import { NewOpportunityButton } from '../../opportunities/new-opportunity';
import { LinkButton } from '@/components/ui/button';

export default async function TiersPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const session = await requireSession();
  const t = await getTranslations('tiers');
  const tp = await getTranslations('pipeline');
  const locale = (await getLocale()) === 'en' ? 'en' : 'ko';
  const raw = Object.fromEntries(Object.entries(await searchParams).map(([k, v]) => [k, Array.isArray(v) ? v.join(',') : v]));
  const filters = boardFiltersSchema.parse(raw);
  const [board, users, categories, reasons] = await Promise.all([
    loadBoard(db, filters, new Date(), { postmortemWriter: can(session.roles, 'postmortem:write') ? session : null }),
    listSalesUserOptions(db),
    listActiveCategories(db),
    listCloseReasons(db),
  ]);
  // per card: the role may move tiers AND the record is the viewer's to edit (owner, their manager, admin)
  const canMove = can(session.roles, 'tier:move');
  return (
    <>
      <PageHeader
        title={t('title')}
        description={t('description')}
        actions={
          <div className="flex flex-wrap items-center gap-2">
            <LinkButton href="/tiers/reviews">{t('reviews.title')}</LinkButton>
            {can(session.roles, 'opportunity:import') ? <LinkButton href="/opportunities/import">{tp('import.button')}</LinkButton> : null}
            {can(session.roles, 'opportunity:create') ? <NewOpportunityButton /> : null}
          </div>
        }
      />
      <BoardFilters
        value={filters}
        owners={users.map((u) => ({ id: u.id, name: u.name }))}
        managers={users.filter((u) => u.roles.includes('SALES_MANAGER')).map((u) => ({ id: u.id, name: u.name }))}
        categories={categories.map((c) => ({ id: c.id, name: locale === 'en' ? c.nameEn : c.nameKo }))}
      />
      <TierBoard
        cards={encodeCards(board.columns.flatMap((c) => c.cards).map((c) => ({ ...c, movable: canMove && mayEdit(session, c) })))}
        closedWindowDays={board.closedWindowDays}
        canSnooze={can(session.roles, 'tier:snooze')}
        reasons={reasons.map((r) => ({ id: r.id, kind: r.kind, label: locale === 'en' ? r.labelEn : r.labelKo }))}
      />
    </>
  );
}
