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

/**
 * An open deal in `tier` (4..1), or with `won`/`lost` a Tier 0 WON/LOST deal closed now (last open
 * tier 1 when won, 2 when lost), with its tier-history row.
 */
export async function insertOpportunity(
  db: SqlRunner,
  o: { name: string; accountId: string; ownerId: string; amount?: number | string | null; tier?: number; won?: boolean; lost?: boolean },
) {
  if (o.won || o.lost) {
    const outcome = o.won ? 'WON' : 'LOST';
    const opp = await one(
      db,
      `INSERT INTO "Opportunity" (name, "accountId", "ownerId", tier, outcome, "lastOpenTier", amount, "contractAmount", "closedAt", "updatedAt")
       VALUES ($1, $2, $3, 0, $5::"Outcome", $6, $4, $7, now(), now()) RETURNING id`,
      [o.name, o.accountId, o.ownerId, o.amount ?? null, outcome, o.won ? 1 : 2, o.won ? (o.amount ?? null) : null],
    );
    await db.query(`INSERT INTO "TierChange" ("opportunityId", "toTier", "toOutcome", "actorId") VALUES ($1, 0, $2::"Outcome", $3)`, [
      opp.id,
      outcome,
      o.ownerId,
    ]);
    return opp;
  }
  const tier = o.tier ?? 4;
  const opp = await one(
    db,
    `INSERT INTO "Opportunity" (name, "accountId", "ownerId", amount, tier, outcome, "updatedAt") VALUES ($1, $2, $3, $4, $5, 'OPEN', now()) RETURNING id`,
    [o.name, o.accountId, o.ownerId, o.amount ?? null, tier],
  );
  await db.query(`INSERT INTO "TierChange" ("opportunityId", "toTier", "toOutcome", "actorId") VALUES ($1, $2, 'OPEN', $3)`, [
    opp.id,
    tier,
    o.ownerId,
  ]);
  return opp;
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
