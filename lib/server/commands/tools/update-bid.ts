import 'server-only';
import type { Db, DbClient } from '@/lib/db/client';
import type { Prisma } from '@/lib/db/generated/client';
import type { AppSession } from '@/lib/auth/session';
import { getEditableOpportunity, updateOpportunityAtVersion } from '@/lib/db/queries/opportunities';
import { findBidNoticeHolder, getBidRow, lockOpportunity, replacePartners, replaceProcessSteps } from '@/lib/db/queries/bids';
import { checkConsortium, checkStepDates, PROCESS_STEPS } from '@/lib/domain/tools';
import type { UpdateBidInput } from '@/lib/validation/tools';
import { assertCan } from '@/lib/server/authorize';
import { translateError } from '@/lib/i18n/translate';
import { auditChange } from '../../audit';
import { DomainError, notFound } from '../../errors';
import { refusal } from '../refusal';
import { serializeBid } from './bid-view';

const FIELDS = [
  'isPublicSector',
  'salesProcessStep',
  'bidNoticeNo',
  'bidRound',
  'demandAgency',
  'estimatedPrice',
  'plannedPrice',
  'lowerBidLimitRate',
  'bidDeadline',
  'bidAmount',
] as const;

const conflict = async (db: Db, id: string) => {
  const row = await getBidRow(db, id);
  return row ? new DomainError('CONFLICT', 'conflict', { details: serializeBid(row) }) : notFound();
};

function duplicateNotice(holder: { id: string; name: string; account: { name: string } }, bidNoticeNo: string, bidRound: number | null) {
  return new DomainError('CONFLICT', 'tools.errors.duplicateNotice', {
    params: { name: holder.name, account: holder.account.name, notice: bidNoticeNo, round: bidRound ?? '–' },
    fields: [{ path: 'bidNoticeNo', message: 'tools.errors.duplicateNoticeField' }],
    details: { existing: { id: holder.id, name: holder.name, accountName: holder.account.name } },
  });
}

/**
 * The opportunity's procurement and public-bid fields (issue 12 item 5) — the page's bid panel and
 * PUT /api/v1/opportunities/{id}/bid: only the fields sent change; `stepDates` / `partners` when
 * sent replace the whole list. Lock → checks (공고번호+차수 unique → 409 naming the deal that holds
 * it; step dates in order; partner shares ≤ 100 %) → CAS on version → audit, one transaction.
 * A 투찰 금액 under the lowest valid bid is stored: the answer's `bidCheck` carries the warning.
 */
export async function updateBid(db: DbClient, session: AppSession, input: UpdateBidInput) {
  assertCan(session, 'opportunity:edit');
  const { opportunityId, version, stepDates, partners: _partners, ...fields } = input;
  const partners = input.partners?.map((p) => ({ name: p.name, role: p.role ?? null, sharePct: p.sharePct }));
  return db
    .$transaction(async (tx) => {
      const editable = await getEditableOpportunity(tx, session, opportunityId);
      if (!editable) throw await refusal(tx, 'opportunity', opportunityId);
      if (!(await lockOpportunity(tx, opportunityId))) throw notFound();
      const before = (await getBidRow(tx, opportunityId))!;
      if (before.version !== version) throw await conflict(tx, opportunityId);

      const data: Record<string, unknown> = {};
      for (const k of FIELDS) if (fields[k] !== undefined) data[k] = k === 'bidDeadline' && fields[k] ? new Date(fields[k]) : fields[k];

      const notice = data.bidNoticeNo !== undefined ? (data.bidNoticeNo as string | null) : before.bidNoticeNo;
      const round = data.bidRound !== undefined ? (data.bidRound as number | null) : before.bidRound;
      if (notice && (notice !== before.bidNoticeNo || round !== before.bidRound)) {
        const holder = await findBidNoticeHolder(tx, notice, round, opportunityId);
        if (holder) throw duplicateNotice(holder, notice, round);
      }

      let steps: { step: (typeof PROCESS_STEPS)[number]; date: string }[] | undefined;
      if (stepDates) {
        const r = checkStepDates(stepDates);
        if (!r.ok)
          throw new DomainError('VALIDATION', 'tools.errors.stepOutOfOrder', {
            params: {
              step: translateError(session.locale, `tools.step.${r.error.step}`),
              before: translateError(session.locale, `tools.step.${r.error.before}`),
            },
            fields: [{ path: `stepDates.${r.error.step}`, message: 'tools.errors.stepOutOfOrderField' }],
          });
        steps = r.value;
      }
      if (partners) {
        const r = checkConsortium(partners);
        if (!r.ok) {
          const e = r.error;
          throw e.code === 'SHARES_OVER_100'
            ? new DomainError('VALIDATION', 'tools.errors.sharesOver100', {
                params: { total: e.totalPct },
                fields: [{ path: 'partners', message: 'tools.errors.sharesOver100' }],
              })
            : new DomainError('VALIDATION', e.code === 'DUPLICATE_PARTNER' ? 'tools.errors.duplicatePartner' : 'tools.errors.badShare', {
                fields: [
                  {
                    path: `partners.${e.index}`,
                    message: e.code === 'DUPLICATE_PARTNER' ? 'tools.errors.duplicatePartner' : 'tools.errors.badShare',
                  },
                ],
              });
        }
      }

      if (!(await updateOpportunityAtVersion(tx, opportunityId, version, data as Prisma.OpportunityUpdateManyMutationInput)))
        throw await conflict(tx, opportunityId);
      if (steps) await replaceProcessSteps(tx, opportunityId, steps);
      if (partners) await replacePartners(tx, opportunityId, partners);
      const after = (await getBidRow(tx, opportunityId))!;
      const view = serializeBid(after);
      const was = serializeBid(before);
      await auditChange(tx, session, 'opportunity.bid.update', 'Opportunity', opportunityId, {
        before: {
          ...Object.fromEntries(Object.keys(data).map((k) => [k, (was as Record<string, unknown>)[k]])),
          ...(steps ? { steps: was.steps } : {}),
          ...(partners ? { partners: was.partners } : {}),
          version,
        },
        after: {
          ...Object.fromEntries(Object.keys(data).map((k) => [k, (view as Record<string, unknown>)[k]])),
          ...(steps ? { steps: view.steps } : {}),
          ...(partners ? { partners: view.partners } : {}),
          version: view.version,
          bidCheck: view.bidCheck.kind,
        },
      });
      return view;
    })
    .catch(async (e: unknown) => {
      // two saves of the same 공고번호+차수 at once: the unique index refuses the second → the same 409
      if ((e as { code?: string }).code === 'P2002' && input.bidNoticeNo) {
        const holder = await findBidNoticeHolder(db, input.bidNoticeNo, input.bidRound ?? null, opportunityId);
        if (holder) throw duplicateNotice(holder, input.bidNoticeNo, input.bidRound ?? null);
      }
      throw e;
    });
}

/** GET /api/v1/opportunities/{id}/bid and the page: readable by everyone who reads the pipeline. */
export async function getBid(db: DbClient, session: AppSession, opportunityId: string) {
  assertCan(session, 'opportunity:read');
  const row = await getBidRow(db, opportunityId);
  if (!row) throw notFound();
  return serializeBid(row);
}
