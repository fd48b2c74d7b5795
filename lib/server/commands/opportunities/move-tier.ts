import 'server-only';
import type { DbClient, Db } from '@/lib/db/client';
import type { AppSession } from '@/lib/auth/session';
import { can } from '@/lib/auth/permissions';
import { areActiveCloseReasons, replaceOpportunityReasons } from '@/lib/db/queries/reasons';
import {
  getEditableOpportunityWithFacts,
  setRequirementFields,
  getLastChange,
  getOpportunity,
  getRequirementFacts,
  writeTierMove,
  type OpportunityRow,
  type RequirementFactsRow,
  type TierMoveWrite,
} from '@/lib/db/queries/opportunities';
import { addNewContactToOpportunity, markOpportunityDecisionMaker } from '@/lib/db/queries/contacts';
import { decideTierMove, entryBacklog, type MoveError, type RequirementFacts, type Tier, type UnmetRequirement } from '@/lib/domain/tiers';
import { translateError } from '@/lib/i18n/translate';
import type { MoveFill, MoveTierInput } from '@/lib/validation/opportunities';
import { getSettings } from '../../settings';
import { DomainError, notFound } from '../../errors';
import { serializeOpportunity } from './serialize';
import { assertCan } from '@/lib/server/authorize';
import { opportunityRefusal } from './refusal';

/** 409 with the current record and who changed it last: the user sees what changed and chooses. */
export async function conflictWithCurrent(db: Db, id: string) {
  const [row, settings] = await Promise.all([getOpportunity(db, id), getSettings(db)]);
  if (!row) return notFound();
  return new DomainError('CONFLICT', 'conflict', {
    details: { ...serializeOpportunity(row, settings.horizonBounds), lastChange: await getLastChange(db, id) },
  });
}

function unmetError(session: AppSession, unmet: (UnmetRequirement | { tier: number; id: 'moveReason'; input: 'reason' })[]) {
  return new DomainError('UNPROCESSABLE', 'tiers.errors.requirementsUnmet', {
    params: { count: unmet.length },
    fields: unmet.map((u) => ({ path: u.id, message: translateError(session.locale, `tiers.requirements.${u.id}`) })),
    details: { unmet },
  });
}

function moveError(session: AppSession, e: MoveError, to: number): DomainError {
  switch (e.code) {
    case 'INVALID_TIER':
      return new DomainError('VALIDATION', 'tiers.errors.invalidTier', { fields: [{ path: 'to', message: 'tier is 4, 3, 2, 1 or 0' }] });
    case 'SAME_TIER':
      return new DomainError('UNPROCESSABLE', 'tiers.errors.sameTier');
    case 'CLOSED':
      return new DomainError('UNPROCESSABLE', 'tiers.errors.closed');
    case 'OUTCOME_REQUIRED':
      return new DomainError('VALIDATION', 'tiers.errors.outcomeRequired', {
        fields: [{ path: 'outcome', message: 'outcome is required with tier 0' }],
      });
    case 'OUTCOME_NOT_ALLOWED':
      return new DomainError('VALIDATION', 'tiers.errors.outcomeNotAllowed', {
        fields: [{ path: 'outcome', message: 'outcome only with tier 0' }],
      });
    case 'REASON_REQUIRED':
      return unmetError(session, [{ tier: to, id: 'moveReason', input: 'reason' }]);
    case 'REQUIREMENTS_UNMET':
      // the reason first, then every requirement: the form asks for all of it at once
      return unmetError(session, e.reasonRequired ? [{ tier: to, id: 'moveReason', input: 'reason' }, ...e.unmet] : e.unmet);
  }
}

/** Apply the requirement form's values inside the move's transaction (rolled back if the move fails). */
async function applyFill(tx: Db, session: AppSession, opp: OpportunityRow, fill: MoveFill) {
  const data: Record<string, unknown> = {};
  if (fill.need !== undefined) data.need = fill.need;
  if (fill.amount !== undefined) data.amount = fill.amount;
  if (fill.expectedCloseDate !== undefined) data.expectedCloseDate = fill.expectedCloseDate ? new Date(fill.expectedCloseDate) : null;
  if (fill.proposalDueDate !== undefined) data.proposalDueDate = fill.proposalDueDate ? new Date(fill.proposalDueDate) : null;
  if (fill.contractAmount !== undefined) data.contractAmount = fill.contractAmount;
  if (fill.lossType !== undefined) data.lossType = fill.lossType;
  await setRequirementFields(tx, opp.id, data);
  for (const [c, role] of [
    [fill.contact, null],
    [fill.decisionMaker, 'DECISION_MAKER'],
  ] as const) {
    if (c) await addNewContactToOpportunity(tx, opp, { name: c.name, title: c.title, powerRole: role });
  }
  // only a contact already on this opportunity
  if (fill.decisionMakerContactId && !(await markOpportunityDecisionMaker(tx, opp.id, fill.decisionMakerContactId)))
    throw new DomainError('VALIDATION', 'validation', {
      fields: [{ path: 'fill.decisionMakerContactId', message: 'not a contact of this opportunity' }],
    });
  if (fill.reasonIds) await setReasons(tx, opp.id, fill.reasonIds);
}

/** Replace the opportunity's reasons; each must be an active admin-list reason. */
export async function setReasons(tx: Db, opportunityId: string, reasonIds: string[]) {
  const ids = [...new Set(reasonIds)];
  if (!(await areActiveCloseReasons(tx, ids)))
    throw new DomainError('VALIDATION', 'validation', { fields: [{ path: 'reasonIds', message: 'unknown or inactive reason' }] });
  await replaceOpportunityReasons(tx, opportunityId, ids);
}

function factsOf(
  o: OpportunityRow,
  extra: Awaited<ReturnType<typeof getRequirementFacts>>,
  outcome: string | null | undefined,
  writtenReason: string | null | undefined,
): RequirementFacts {
  return {
    hasNamedContact: extra.contacts > 0,
    need: o.need,
    amount: o.amount?.toString() ?? null,
    expectedCloseDate: o.expectedCloseDate,
    hasDecisionMaker: extra.decisionMakers > 0,
    hasPassedBidApproval: extra.passedBidApproval,
    proposalDueDate: o.proposalDueDate,
    reasonCount: (outcome ? (extra.reasons[outcome] ?? 0) : 0) + (writtenReason?.trim() ? 1 : 0),
    contractAmount: o.contractAmount?.toString() ?? null,
    lossType: o.lossType,
  };
}

/**
 * Move an opportunity to another tier (board drag, keyboard move, requirement form, API).
 * scoped load → [fill] → decide (pure) → one write statement: compare-and-set on version + one
 * TierChange row + one audit row. With form values, fill and write share one transaction; any
 * refusal writes nothing.
 */
export async function moveOpportunityTier(db: DbClient, session: AppSession, input: MoveTierInput) {
  assertCan(session, 'tier:move');
  const now = new Date();
  // one Prisma path (ADR 010 measured the former pg-pool fast path: no gain within the noise)
  const [settings, loaded] = await Promise.all([getSettings(db), input.fill ? null : load(db, session, input.opportunityId)]);
  const run = async (tx: Db, pre: Awaited<ReturnType<typeof load>> | null) => {
    let { opp, extra } = pre ?? (await load(tx, session, input.opportunityId));
    if (opp.version !== input.version) throw await conflictWithCurrent(tx, opp.id);
    if (input.fill) {
      await applyFill(tx, session, opp, input.fill);
      // one statement at a time: a transaction is one pg client, and pg 8 warns (pg 9 throws) on overlapping queries
      opp = (await getOpportunity(tx, opp.id))!;
      extra = await getRequirementFacts(tx, opp.id);
    }
    return decideAndWrite(tx, session, opp, extra, input, settings.tierRules, now);
  };
  // without form values the write is a single atomic statement: no interactive transaction needed
  const updated = input.fill ? await db.$transaction((tx) => run(tx, null)) : await run(db, loaded);
  return serializeOpportunity(updated, settings.horizonBounds, now);
}

/** The cause's own audit row, written in the move's statement (it needs the move's result). */
type AlsoAudit = (moved: { tier: number; outcome: string; version: number }) => NonNullable<TierMoveWrite['alsoAudit']>;

type MoveRequest = Pick<MoveTierInput, 'to' | 'outcome' | 'reason' | 'version' | 'fill'> & {
  /** what made the move (a tier review's decision): recorded in the move's audit row */
  via?: { tierReviewId: string; decision: string };
  alsoAudit?: AlsoAudit;
};

/** decide (pure) → one write statement, for an opportunity already loaded (and authorized) by the caller. */
async function decideAndWrite(
  tx: Db,
  session: AppSession,
  opp: OpportunityRow,
  extra: Awaited<ReturnType<typeof getRequirementFacts>>,
  input: MoveRequest,
  rules: Awaited<ReturnType<typeof getSettings>>['tierRules'],
  now: Date,
) {
  const facts = factsOf(opp, extra, input.outcome, input.reason);
  const decision = decideTierMove(
    { tier: opp.tier as Tier, outcome: opp.outcome, lastOpenTier: opp.lastOpenTier },
    { to: input.to, outcome: input.outcome ?? null, reason: input.reason },
    facts,
    { rules, canReopen: can(session.roles, 'tier:reopen') },
  );
  // a deal that entered at a later tier (pipeline import) meets the requirements of the tiers it
  // skipped before it moves onward (up, not closing): no back door around the engine's table
  const upward = input.to > 0 && input.to < opp.tier;
  const backlog = upward && opp.unmetAtEntry?.length ? entryBacklog(opp.tier as Tier, facts, rules) : [];
  if (backlog.length && (decision.ok || decision.error.code === 'REQUIREMENTS_UNMET' || decision.error.code === 'REASON_REQUIRED')) {
    const e = decision.ok ? null : decision.error;
    const reason = e && (e.code === 'REASON_REQUIRED' || (e.code === 'REQUIREMENTS_UNMET' && e.reasonRequired));
    const unmet = e?.code === 'REQUIREMENTS_UNMET' ? e.unmet : [];
    throw unmetError(session, [
      ...(reason ? [{ tier: input.to, id: 'moveReason' as const, input: 'reason' as const }] : []),
      ...backlog,
      ...unmet,
    ]);
  }
  if (!decision.ok) throw moveError(session, decision.error, input.to);
  const d = decision.value;
  const written = await writeTierMove(tx, {
    id: opp.id,
    version: input.version,
    fromTier: opp.tier,
    fromOutcome: opp.outcome,
    tier: d.tier,
    outcome: d.outcome,
    lastOpenTier: d.lastOpenTier,
    reason: input.reason ?? null,
    actorId: session.userId,
    at: now,
    clearUnmetAtEntry: upward || d.tier === 0,
    auditBefore: { tier: opp.tier, outcome: opp.outcome, version: opp.version },
    auditAfter: {
      tier: d.tier,
      outcome: d.outcome,
      version: opp.version + 1,
      reason: input.reason ?? null,
      kind: d.kind,
      fill: input.fill ?? null,
      ...(input.via ? { via: input.via } : {}),
    },
    alsoAudit: input.alsoAudit?.({ tier: d.tier, outcome: d.outcome, version: opp.version + 1 }),
  });
  if (!written) throw await conflictWithCurrent(tx, opp.id);
  return {
    ...opp,
    tier: d.tier,
    outcome: d.outcome,
    lastOpenTier: d.lastOpenTier,
    tierEnteredAt: now,
    closedAt: d.tier === 0 ? now : null,
    unmetAtEntry: upward || d.tier === 0 ? [] : opp.unmetAtEntry,
    version: opp.version + 1,
    updatedAt: now,
  } as OpportunityRow;
}

/**
 * Tier 0 DROPPED by a VRB decision ("사업 Drop", SPEC §4), inside the decision's transaction and
 * through the same tier rules and write as any move. The VRB's `vrb:decide` permission is the
 * authority here: the chair decides over every deal, so the load is not scoped to the owner's
 * team. Refusals (already closed, unmet Tier 0 requirements) throw and roll the decision back.
 */
export async function dropOpportunityByVrb(tx: Db, session: AppSession, opportunityId: string, reason: string, now: Date) {
  const settings = await getSettings(tx);
  const found = await getEditableOpportunityWithFacts(tx, null, opportunityId);
  if (!found) throw notFound();
  return decideAndWrite(
    tx,
    session,
    found.opp,
    found.extra,
    { to: 0, outcome: 'DROPPED', reason, version: found.opp.version },
    settings.tierRules,
    now,
  );
}

async function load(db: Db, session: AppSession, id: string) {
  const found = await getEditableOpportunityWithFacts(db, session, id);
  if (!found) throw await opportunityRefusal(db, id);
  return found;
}

/**
 * A tier review's decision applied through the same engine, inside the decision's transaction:
 * [requirement form values] → decide → the one write (CAS on version, tier history with the
 * review as its reason, audit, the owner's notification, and the decision's own audit row
 * `alsoAudit`). The caller (decide-tier-review-item) authorized the decision for this deal
 * (lib/domain/tiers mayDecideInReview, built on lib/domain/access), so the load is not scoped
 * again; it passes the deal, its facts and the tier rules it read in its own statement (`pre`),
 * else they are loaded here. Any refusal throws and rolls back.
 */
export async function moveOpportunityForReview(
  tx: Db,
  session: AppSession,
  opportunityId: string,
  req: {
    to: number;
    outcome: 'DROPPED' | null;
    reason: string;
    fill?: MoveFill;
    via: { tierReviewId: string; decision: string };
    alsoAudit?: AlsoAudit;
  },
  now: Date,
  pre?: { opp: OpportunityRow; extra: RequirementFactsRow; tierRules: Awaited<ReturnType<typeof getSettings>>['tierRules'] },
) {
  const loaded =
    pre ??
    (await (async () => {
      const settings = await getSettings(tx);
      const found = await getEditableOpportunityWithFacts(tx, null, opportunityId);
      return found ? { ...found, tierRules: settings.tierRules } : null;
    })());
  if (!loaded) throw notFound();
  let { opp, extra } = loaded;
  if (req.fill) {
    await applyFill(tx, session, opp, req.fill);
    // one statement at a time: a transaction is one pg client, and pg 8 warns (pg 9 throws) on overlapping queries
    opp = (await getOpportunity(tx, opp.id))!;
    extra = await getRequirementFacts(tx, opp.id);
  }
  return decideAndWrite(
    tx,
    session,
    opp,
    extra,
    {
      to: req.to,
      outcome: req.outcome,
      reason: req.reason,
      version: opp.version,
      fill: req.fill,
      via: req.via,
      alsoAudit: req.alsoAudit,
    },
    loaded.tierRules,
    now,
  );
}
