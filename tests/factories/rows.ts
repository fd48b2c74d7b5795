// Row builders on a plain `pg` connection, shared by the e2e specs (which talk to the e2e
// server's database through `e2eDb()`) and any integration test that works below Prisma. Specs
// never write INSERTs inline: they call these, so a schema change is fixed here once.
// Defaults are the smallest valid row; pass what the test is about.

export type SqlRunner = { query: (sql: string, params?: unknown[]) => Promise<{ rows: Record<string, unknown>[] }> };

const one = async (db: SqlRunner, sql: string, params: unknown[]) => (await db.query(sql, params)).rows[0] as { id: string };

export async function insertUser(
  db: SqlRunner,
  u: { email: string; name: string; passwordHash: string; roles: string[]; vrbDomains?: string[]; managerId?: string | null },
) {
  return one(
    db,
    `INSERT INTO "User" (email, name, "passwordHash", roles, "vrbDomains", "managerId", "updatedAt")
     VALUES ($1, $2, $3, $4::"Role"[], $5::"VrbDomain"[], $6, now()) RETURNING id`,
    [u.email, u.name, u.passwordHash, u.roles, u.vrbDomains ?? [], u.managerId ?? null],
  );
}

/** An Auth.js database session row (the e2e login fixture). */
export async function insertSession(db: SqlRunner, s: { sessionToken: string; userId: string; days?: number }) {
  await db.query(`INSERT INTO "Session" ("sessionToken", "userId", expires) VALUES ($1, $2, now() + make_interval(days => $3))`, [
    s.sessionToken,
    s.userId,
    s.days ?? 1,
  ]);
}

export async function insertAccount(db: SqlRunner, a: { name: string; isKeyAccount?: boolean; industry?: string | null }) {
  return one(
    db,
    `INSERT INTO "Account" (name, "nameNormalized", "isKeyAccount", industry, "updatedAt") VALUES ($1, $1, $2, $3, now()) RETURNING id`,
    [a.name, a.isKeyAccount ?? false, a.industry ?? null],
  );
}

export async function insertContact(
  db: SqlRunner,
  c: {
    accountId: string;
    name: string;
    title?: string | null;
    powerRole?: string | null;
    power?: number | null;
    stance?: 'SUPPORTER' | 'NEUTRAL' | 'OPPONENT' | null;
    reportsToId?: string | null;
    /** put the contact on these deals (OpportunityContact rows) */
    opportunityIds?: string[];
  },
) {
  const row = await one(
    db,
    `INSERT INTO "Contact" ("accountId", name, title, "powerRole", power, stance, "reportsToId", "updatedAt")
     VALUES ($1, $2, $3, $4::"PowerRole", $5, $6::"Stance", $7, now()) RETURNING id`,
    [c.accountId, c.name, c.title ?? null, c.powerRole ?? null, c.power ?? null, c.stance ?? null, c.reportsToId ?? null],
  );
  for (const opportunityId of c.opportunityIds ?? [])
    await db.query(`INSERT INTO "OpportunityContact" ("opportunityId", "contactId") VALUES ($1, $2)`, [opportunityId, row.id]);
  return row;
}

/** Change a contact's power (1–5) as an edit would (version + 1): benches that need a map laid out afresh. */
export async function setContactPower(db: SqlRunner, contactId: string, power: number) {
  await db.query(`UPDATE "Contact" SET power = $2, version = version + 1, "updatedAt" = now() WHERE id = $1`, [contactId, power]);
}

/** When a row happened: `daysAgo` days before now (the database clock), or an ISO instant. */
export type When = { daysAgo: number } | { at: string };
// a When as two always-bound parameters ($n instant, $n+1 days ago), so an absent one is now()
const whenSql = (param: number) => `coalesce($${param}::timestamptz, now() - make_interval(days => $${param + 1}::int), now())`;
const whenParams = (w: When | undefined) => (w === undefined ? [null, null] : 'daysAgo' in w ? [null, w.daysAgo] : [w.at, null]);

export type HistoryStep = { when?: When; fromTier?: number | null; fromOutcome?: string | null; toTier: number; toOutcome?: string };

/** One tier-history row (what the tier engine writes on a move). */
export async function insertTierChange(db: SqlRunner, opportunityId: string, h: HistoryStep & { actorId?: string | null }) {
  await db.query(
    `INSERT INTO "TierChange" ("opportunityId", "fromTier", "fromOutcome", "toTier", "toOutcome", "actorId", "changedAt")
     VALUES ($1, $2, $3::"Outcome", $4, $5::"Outcome", $6, ${whenSql(7)})`,
    [opportunityId, h.fromTier ?? null, h.fromOutcome ?? null, h.toTier, h.toOutcome ?? 'OPEN', h.actorId ?? null, ...whenParams(h.when)],
  );
}

/**
 * An open deal in `tier` (4..1), or with `won`/`lost` a Tier 0 WON/LOST deal (last open tier 1
 * when won, 2 when lost; closed now unless `closedAt`), with its tier-history row — or the rows
 * of `history` when the test is about the deal's past.
 */
export async function insertOpportunity(
  db: SqlRunner,
  o: {
    name: string;
    accountId: string;
    ownerId: string;
    amount?: number | string | null;
    tier?: number;
    won?: boolean;
    lost?: boolean;
    lastOpenTier?: number;
    closedAt?: When;
    createdAt?: When;
    tierEnteredAt?: When;
    businessCategoryId?: string | null;
    country?: string;
    lossType?: string | null;
    lostToCompetitorId?: string | null;
    need?: string | null;
    nextStep?: string | null;
    /** the next step's due date, this many days from today */
    nextStepDueInDays?: number | null;
    history?: HistoryStep[];
  },
) {
  const outcome = o.won ? 'WON' : o.lost ? 'LOST' : 'OPEN';
  const closed = outcome !== 'OPEN';
  const tier = closed ? 0 : (o.tier ?? 4);
  const country = o.country ?? 'KR';
  const opp = await one(
    db,
    `INSERT INTO "Opportunity" (name, "accountId", "ownerId", amount, "contractAmount", tier, outcome, "lastOpenTier", "closedAt",
       "businessCategoryId", "regionScope", country, "lossType", "lostToCompetitorId", "createdAt", "tierEnteredAt", need, "nextStep", "nextStepDueDate", "updatedAt")
     VALUES ($1, $2, $3, $4, $5, $6, $7::"Outcome", $8, CASE WHEN $7 = 'OPEN' THEN NULL ELSE ${whenSql(9)} END,
       $11, $12::"RegionScope", $13, $14::"LossType", $15, ${whenSql(16)}, ${whenSql(18)}, $20, $21, current_date + $22::int, now())
     RETURNING id`,
    [
      o.name,
      o.accountId,
      o.ownerId,
      o.amount ?? null,
      o.won ? (o.amount ?? null) : null,
      tier,
      outcome,
      closed ? (o.lastOpenTier ?? (o.won ? 1 : 2)) : null,
      ...whenParams(o.closedAt),
      o.businessCategoryId ?? null,
      country === 'KR' ? 'DOMESTIC' : 'OVERSEAS',
      country,
      o.lossType ?? null,
      o.lostToCompetitorId ?? null,
      ...whenParams(o.createdAt),
      ...whenParams(o.tierEnteredAt ?? o.createdAt),
      o.need ?? null,
      o.nextStep ?? null,
      o.nextStepDueInDays ?? null,
    ],
  );
  const history = o.history ?? [{ toTier: tier, toOutcome: outcome, when: closed ? o.closedAt : undefined }];
  for (const h of history) await insertTierChange(db, opp.id, { ...h, actorId: o.ownerId });
  return opp;
}

/** A contact of the deal's account, linked to the deal. */
export async function insertOpportunityContact(db: SqlRunner, c: { opportunityId: string; accountId: string; name: string }) {
  const contact = await insertContact(db, { accountId: c.accountId, name: c.name });
  await db.query(`INSERT INTO "OpportunityContact" ("opportunityId", "contactId") VALUES ($1, $2)`, [c.opportunityId, contact.id]);
  return contact;
}

export async function insertBusinessCategory(db: SqlRunner, c: { code: string; nameKo: string; nameEn: string; sortOrder?: number }) {
  return one(db, `INSERT INTO "BusinessCategory" (code, "nameKo", "nameEn", "sortOrder") VALUES ($1, $2, $3, $4) RETURNING id`, [
    c.code,
    c.nameKo,
    c.nameEn,
    c.sortOrder ?? 99,
  ]);
}

export async function insertCompetitor(db: SqlRunner, c: { name: string }) {
  return one(db, `INSERT INTO "Competitor" (name) VALUES ($1) RETURNING id`, [c.name]);
}

/** A marketing lead (MQL) as the import would leave it; `minutesAgo` orders the inbox. */
export async function insertLead(
  db: SqlRunner,
  l: {
    email: string;
    company: string;
    name?: string;
    temperature?: string;
    source?: string;
    campaign?: string | null;
    minutesAgo?: number;
  },
) {
  return one(
    db,
    `INSERT INTO "Lead" ("dedupeKey", email, company, name, temperature, source, campaign, status, "createdAt")
     VALUES ($1, $2, $3, $4, $5::"Temperature", $6::"LeadSource", $7, 'MQL', now() - make_interval(mins => $8::int)) RETURNING id`,
    [
      `e:${l.email}`,
      l.email,
      l.company,
      l.name ?? '홍길동',
      l.temperature ?? 'WARM',
      l.source ?? 'SEMINAR',
      l.campaign ?? null,
      l.minutesAgo ?? 0,
    ],
  );
}

export async function insertActivity(db: SqlRunner, a: { opportunityId: string; type: string; subject: string; when?: When }) {
  await db.query(
    `INSERT INTO "Activity" (type, subject, "opportunityId", "occurredAt") VALUES ($1::"ActivityType", $2, $3, ${whenSql(4)})`,
    [a.type, a.subject, a.opportunityId, ...whenParams(a.when)],
  );
}

/** A reason of a reason list, attached to a closed deal. */
export async function insertOpportunityReason(
  db: SqlRunner,
  r: { opportunityId: string; kind: string; code: string; labelKo: string; labelEn: string },
) {
  const reason = await one(
    db,
    `INSERT INTO "Reason" (kind, code, "labelKo", "labelEn") VALUES ($1::"ReasonKind", $2, $3, $4) RETURNING id`,
    [r.kind, r.code, r.labelKo, r.labelEn],
  );
  await db.query(`INSERT INTO "OpportunityReason" ("opportunityId", "reasonId") VALUES ($1, $2)`, [r.opportunityId, reason.id]);
  return reason;
}

/**
 * A published postmortem with its attendees, lessons and action items (a past meeting the test
 * reads; writing one through the UI is tests/e2e/postmortem-write.spec.ts).
 */
export async function insertPublishedPostmortem(
  db: SqlRunner,
  p: {
    opportunityId: string;
    createdById: string;
    summary: string;
    whatHappened: string;
    whatWentWell: string;
    whatWentWrong: string;
    rootCauses: string[];
    winningCompetitorId?: string | null;
    priceGapPct?: number | null;
    attendeeIds?: string[];
    lessons?: { title: string; body: string; category: string; accountId?: string | null; competitorId?: string | null }[];
    actionItems?: { title: string; ownerId: string; dueDate: string }[];
  },
) {
  const pm = await one(
    db,
    `INSERT INTO "Postmortem" ("opportunityId", status, summary, "whatHappened", "whatWentWell", "whatWentWrong", "rootCauses",
       "winningCompetitorId", "priceGapPct", "heldAt", "createdById", "updatedAt")
     VALUES ($1, 'PUBLISHED', $2, $3, $4, $5, $6::"RootCause"[], $7, $8, now(), $9, now()) RETURNING id`,
    [
      p.opportunityId,
      p.summary,
      p.whatHappened,
      p.whatWentWell,
      p.whatWentWrong,
      p.rootCauses,
      p.winningCompetitorId ?? null,
      p.priceGapPct ?? null,
      p.createdById,
    ],
  );
  for (const userId of p.attendeeIds ?? []) {
    await db.query(`INSERT INTO "PostmortemAttendee" ("postmortemId", "userId") VALUES ($1, $2)`, [pm.id, userId]);
  }
  for (const l of p.lessons ?? []) {
    await db.query(
      `INSERT INTO "Lesson" ("postmortemId", title, body, category, "accountId", "competitorId") VALUES ($1, $2, $3, $4::"RootCause", $5, $6)`,
      [pm.id, l.title, l.body, l.category, l.accountId ?? null, l.competitorId ?? null],
    );
  }
  for (const a of p.actionItems ?? []) {
    await db.query(`INSERT INTO "ActionItem" ("postmortemId", title, "ownerId", "dueDate") VALUES ($1, $2, $3, $4::date)`, [
      pm.id,
      a.title,
      a.ownerId,
      a.dueDate,
    ]);
  }
  return pm;
}

export async function insertMilestone(
  db: SqlRunner,
  m: { opportunityId: string; kind: 'DOWN_PAYMENT' | 'INTERIM' | 'BALANCE'; amount: number | string; dueDate: string },
) {
  return one(
    db,
    `INSERT INTO "PaymentMilestone" ("opportunityId", kind, amount, "dueDate") VALUES ($1, $2::"MilestoneKind", $3, $4::date) RETURNING id`,
    [m.opportunityId, m.kind, m.amount, m.dueDate],
  );
}

/**
 * A past VRB review with its frozen economics, assessments, opinions, findings and decisions — a
 * record the committee reads (the pages write each of these; a test of reading needs one dated in the
 * past, which no page schedules).
 */
export async function insertVrbReviewRecord(
  db: SqlRunner,
  r: {
    opportunityId: string;
    stageCode: string;
    scheduledAt: Date;
    createdById: string;
    economics?: { contractPrice: number; hardwareCost: number; laborPersonMonths: number; laborRate: number };
    assessments?: { criterion: string; score: number; notes: string }[];
    opinions?: { domain: string; reviewerId: string; stance: string; opinion: string }[];
    findings?: { domain: string; raisedById: string; issue: string; severity: string; requiredFix: string }[];
    decisions?: { decision: string; decidedById: string; daysAgo: number; reason?: string; overrideReason?: string; marginPct?: number }[];
  },
) {
  const review = await one(
    db,
    `INSERT INTO "VrbReview" ("opportunityId", "stageId", "scheduledAt", status, "createdById")
     SELECT $1, id, $3, 'SCHEDULED', $4 FROM "VrbStage" WHERE code = $2 RETURNING id`,
    [r.opportunityId, r.stageCode, r.scheduledAt, r.createdById],
  );
  if (r.economics) {
    const e = r.economics;
    await db.query(
      `INSERT INTO "DealEconomics" ("opportunityId", "vrbReviewId", "contractPrice", "hardwareCost", "laborPersonMonths", "laborRate", "updatedAt")
       VALUES ($1, $2, $3, $4, $5, $6, now())`,
      [r.opportunityId, review.id, e.contractPrice, e.hardwareCost, e.laborPersonMonths, e.laborRate],
    );
  }
  for (const a of r.assessments ?? []) {
    await db.query(`INSERT INTO "VrbAssessment" ("reviewId", criterion, score, notes) VALUES ($1, $2, $3, $4)`, [
      review.id,
      a.criterion,
      a.score,
      a.notes,
    ]);
  }
  for (const o of r.opinions ?? []) {
    await db.query(`INSERT INTO "VrbOpinion" ("reviewId", domain, "reviewerId", stance, opinion) VALUES ($1, $2, $3, $4, $5)`, [
      review.id,
      o.domain,
      o.reviewerId,
      o.stance,
      o.opinion,
    ]);
  }
  const findings: { id: string }[] = [];
  for (const f of r.findings ?? []) {
    findings.push(
      await one(
        db,
        `INSERT INTO "VrbFinding" ("reviewId", domain, "raisedById", issue, severity, "requiredFix", "createdAt")
         VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
        [review.id, f.domain, f.raisedById, f.issue, f.severity, f.requiredFix, r.scheduledAt],
      ),
    );
  }
  for (const d of r.decisions ?? []) {
    await db.query(
      `INSERT INTO "VrbDecision" ("reviewId", decision, reason, "overrideReason", "marginPct", "decidedById", "decidedAt")
       VALUES ($1, $2, $3, $4, $5, $6, now() - make_interval(days => $7::int))`,
      [review.id, d.decision, d.reason ?? null, d.overrideReason ?? null, d.marginPct ?? null, d.decidedById, d.daysAgo],
    );
  }
  return { id: review.id, findingIds: findings.map((f) => f.id) };
}
