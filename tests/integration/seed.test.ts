// Over 400 lines on purpose: the demo data's one consistency test — every invariant of the seeded
// pipeline (tiers, history, VRB, postmortems, receivables, people) checked on one loaded database.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { verifyPassword } from '@/lib/auth/password';
import { stallStateOf, unmetRequirements, type RequirementFacts, type Tier } from '@/lib/domain/tiers';
import { SETTINGS } from '@/lib/validation/settings';
import { isQualified, qualificationChecklist } from '@/lib/domain/leads/qualification';
import { dedupeKeyOf } from '@/lib/domain/leads/normalize';
import { createSeedClient, seed, SeedRefusedError, SEED_MARKER_ACTION, type SeedDb } from '@/prisma/seed/index';
import { deriveEconomics } from '@/prisma/seed/build';
import { createFirstAdmin, CreateAdminError } from '@/scripts/create-admin';

// The demo seed against a real, freshly migrated database (tables are emptied before each test).
const NOW = new Date('2026-11-20T00:00:00Z');
const DAY = 86_400_000;
const TSX = path.resolve('node_modules/.bin/tsx');
let db: SeedDb;

beforeAll(() => {
  db = createSeedClient(process.env.DATABASE_URL);
});
afterAll(async () => {
  await db.$disconnect();
});

// An independent implementation of the 사업자등록번호 check digit (not the seed's own).
function brnValid(s: string) {
  if (!/^\d{10}$/.test(s)) return false;
  const d = s.split('').map(Number);
  const w = [1, 3, 7, 1, 3, 7, 1, 3, 5];
  let sum = w.reduce((acc, wi, i) => acc + d[i]! * wi, 0);
  sum += Math.floor((d[8]! * 5) / 10);
  return (10 - (sum % 10)) % 10 === d[9];
}

test('the check-digit oracle itself accepts a known-valid number and rejects a one-digit change', () => {
  // 220-81-62517: a published example of a valid corporate number
  expect(brnValid('2208162517')).toBe(true);
  expect(brnValid('2208162518')).toBe(false);
});

describe('seed(db, { now })', () => {
  test('loads a consistent demo pipeline', async () => {
    const { counts } = await seed(db, { now: NOW });

    // counts per SPEC "Demo data and accounts"
    expect(counts.accounts).toBe(30);
    expect(counts.leads).toBe(300);
    expect(counts.opportunities).toBe(120);
    expect(counts.users).toBe(11);
    expect(counts.postmortems).toBeGreaterThanOrEqual(3);
    expect(counts.tierReviews).toBe(2);
    expect(await db.businessCategory.count()).toBeGreaterThanOrEqual(6);
    expect(await db.salesRegion.count()).toBe(6);
    expect(await db.vrbStage.count()).toBe(5);
    expect(await db.qaEntry.count()).toBeGreaterThan(0);
    expect(await db.expert.count()).toBeGreaterThan(0);
    // the expert network shows deal history: every demo expert helped a closed deal
    const helped = await db.expert.findMany({ select: { opportunities: { select: { opportunity: { select: { outcome: true } } } } } });
    for (const e of helped) expect(e.opportunities.some((l) => l.opportunity.outcome !== 'OPEN')).toBe(true);
    for (const kind of ['WON', 'LOST', 'NO_BID', 'DROPPED', 'DISQUALIFY'] as const)
      expect(await db.reason.count({ where: { kind } }), kind).toBeGreaterThan(0);
    expect(await db.vrbStage.findMany({ where: { isBidApproval: true }, select: { order: true } })).toEqual([{ order: 3 }]);

    // one user per role, each signing in with the demo password
    const users = await db.user.findMany({
      select: { email: true, roles: true, vrbDomains: true, passwordHash: true, managerId: true, id: true },
    });
    const byEmail = new Map(users.map((u) => [u.email, u]));
    const expected: [string, string, string[]][] = [
      ['admin@tierline.local', 'ADMIN', []],
      ['exec@tierline.local', 'EXECUTIVE', []],
      ['manager@tierline.local', 'SALES_MANAGER', []],
      ['rep1@tierline.local', 'SALES_REP', []],
      ['rep2@tierline.local', 'SALES_REP', []],
      ['marketer@tierline.local', 'MARKETER', []],
      ['finance@tierline.local', 'VRB_MEMBER', ['FINANCE']],
      ['legal@tierline.local', 'VRB_MEMBER', ['LEGAL']],
      ['procurement@tierline.local', 'VRB_MEMBER', ['PROCUREMENT']],
      ['tech@tierline.local', 'VRB_MEMBER', ['TECHNOLOGY']],
      ['chair@tierline.local', 'VRB_CHAIR', []],
    ];
    for (const [email, role, domains] of expected) {
      const u = byEmail.get(email);
      expect(u, email).toBeDefined();
      expect(u!.roles).toEqual([role]);
      expect(u!.vrbDomains).toEqual(domains);
      expect(await verifyPassword('tierline-demo', u!.passwordHash), email).toBe(true);
      expect(await verifyPassword('tierline-dem0', u!.passwordHash)).toBe(false);
    }
    const managerId = byEmail.get('manager@tierline.local')!.id;
    expect(byEmail.get('rep1@tierline.local')!.managerId).toBe(managerId);
    expect(byEmail.get('rep2@tierline.local')!.managerId).toBe(managerId);
    expect(new Set(users.map((u) => u.passwordHash)).size, 'each hash has its own salt').toBe(users.length);

    // every 사업자등록번호 passes the check digit; most domestic accounts have one
    const accounts = await db.account.findMany({ select: { id: true, businessRegistrationNo: true, country: true, isKeyAccount: true } });
    const brns = accounts.map((a) => a.businessRegistrationNo).filter((b): b is string => !!b);
    expect(brns.length).toBeGreaterThanOrEqual(20);
    for (const b of brns) expect(brnValid(b), b).toBe(true);

    // power maps: each committee reports up to its decision maker (same account, no loops), and a
    // person on a deal has our relationship owner — so a demo deal's map is a tree, not loose cards
    const contacts = await db.contact.findMany({
      select: {
        id: true,
        accountId: true,
        powerRole: true,
        reportsToId: true,
        relationshipOwnerId: true,
        opportunities: { select: { opportunityId: true } },
      },
    });
    const contactById = new Map(contacts.map((c) => [c.id, c]));
    for (const c of contacts) {
      if (c.powerRole === 'DECISION_MAKER') expect(c.reportsToId).toBeNull();
      else {
        let up = c;
        for (let hops = 0; up.reportsToId; hops++) {
          expect(hops, 'no reports-to loop').toBeLessThan(5);
          up = contactById.get(up.reportsToId)!;
          expect(up.accountId, 'the manager works at the same customer').toBe(c.accountId);
        }
        expect(up.powerRole, 'the top of each committee is its decision maker').toBe('DECISION_MAKER');
      }
      if (c.opportunities.length) expect(c.relationshipOwnerId, 'a person on a deal has our owner').not.toBeNull();
    }

    // tier history: first row creates the deal in Tier 4; the latest row is the current state
    const opps = await db.opportunity.findMany({
      include: {
        tierChanges: { orderBy: { changedAt: 'asc' } },
        reasons: { include: { reason: true } },
        milestones: true,
        vrbReviews: { include: { stage: true, decisions: { orderBy: { decidedAt: 'asc' } } } },
        contacts: { include: { contact: true } },
      },
    });
    const tiers = new Set<string>();
    const stalledByTier = new Map<number, number>();
    for (const o of opps) {
      const ch = o.tierChanges;
      expect(ch.length, o.name).toBeGreaterThan(0);
      expect(ch[0]).toMatchObject({ fromTier: null, toTier: 4, toOutcome: 'OPEN' });
      expect(ch[0]!.changedAt.getTime()).toBe(o.createdAt.getTime());
      for (let i = 1; i < ch.length; i++) {
        expect(ch[i]!.fromTier, `${o.name} row ${i} continues from the previous`).toBe(ch[i - 1]!.toTier);
        expect(ch[i]!.changedAt.getTime()).toBeGreaterThan(ch[i - 1]!.changedAt.getTime());
        const skipOrDown = ch[i]!.toTier !== 0 && (ch[i]!.toTier > ch[i]!.fromTier! || ch[i]!.fromTier! - ch[i]!.toTier > 1);
        if (skipOrDown) expect(ch[i]!.reason, `${o.name}: a skip or a move down has a reason`).toBeTruthy();
      }
      const latest = ch[ch.length - 1]!;
      expect(latest.toTier, o.name).toBe(o.tier);
      expect(latest.toOutcome, o.name).toBe(o.outcome);
      expect(o.tierEnteredAt.getTime(), o.name).toBe(latest.changedAt.getTime());
      expect(latest.changedAt.getTime()).toBeLessThanOrEqual(NOW.getTime());
      expect(NOW.getTime() - ch[0]!.changedAt.getTime(), 'history within six months').toBeLessThanOrEqual(183 * DAY);
      tiers.add(`${o.tier}:${o.outcome}`);
      if (o.tier > 0) {
        expect(o.outcome).toBe('OPEN');
        expect(o.lastOpenTier).toBeNull();
        expect(o.closedAt).toBeNull();
        expect(o.nextStep).toBeTruthy();
      } else {
        expect(o.outcome).not.toBe('OPEN');
        expect(o.lastOpenTier).toBe(latest.fromTier);
        expect(o.closedAt!.getTime()).toBe(latest.changedAt.getTime());
        expect(o.reasons.length, `${o.name} has a reason`).toBeGreaterThan(0);
        for (const r of o.reasons) expect(r.reason.kind).toBe(o.outcome);
      }
      // the real entry-requirements table (lib/domain/tiers) is met on the way to where it is
      const facts: RequirementFacts = {
        hasNamedContact: o.contacts.length > 0,
        need: o.need,
        amount: o.amount?.toString() ?? null,
        expectedCloseDate: o.expectedCloseDate,
        hasDecisionMaker: o.contacts.some((c) => c.contact.powerRole === 'DECISION_MAKER'),
        hasPassedBidApproval: o.vrbReviews.some((r) => r.stage.isBidApproval && r.decisions.at(-1)?.decision === 'PASS'),
        proposalDueDate: o.proposalDueDate,
        reasonCount: o.reasons.length,
        contractAmount: o.contractAmount?.toString() ?? null,
        lossType: o.lossType,
      };
      const rules = SETTINGS.tierRules.default;
      const openTier = (o.tier > 0 ? o.tier : o.lastOpenTier!) as Tier;
      expect(unmetRequirements(4, openTier, null, facts, rules), `${o.name}: Tier 4 → ${openTier}`).toEqual([]);
      if (o.tier === 0)
        expect(
          unmetRequirements(openTier, 0, o.outcome as 'WON' | 'LOST' | 'NO_BID' | 'DROPPED', facts, rules),
          `${o.name}: closing`,
        ).toEqual([]);
      if (o.tier > 0 && stallStateOf(o, SETTINGS.stallThresholds.default, NOW) !== 'ok')
        stalledByTier.set(o.tier, (stalledByTier.get(o.tier) ?? 0) + 1);
      // tier entry requirements held when the deal passed each tier
      const reached = new Set(ch.map((c) => c.toTier));
      if ([3, 2, 1].some((t) => reached.has(t))) {
        expect(o.contacts.length, `${o.name}: named contact`).toBeGreaterThan(0);
        expect(o.need, `${o.name}: need`).toBeTruthy();
      }
      if ([2, 1].some((t) => reached.has(t))) {
        expect(o.amount, `${o.name}: amount`).not.toBeNull();
        expect(o.expectedCloseDate).not.toBeNull();
        expect(
          o.contacts.some((c) => c.contact.powerRole === 'DECISION_MAKER'),
          `${o.name}: decision maker`,
        ).toBe(true);
      }
      if (reached.has(1)) {
        expect(o.proposalDueDate, `${o.name}: proposal date`).not.toBeNull();
        const entry = ch.find((c) => c.toTier === 1)!.changedAt;
        const pass = o.vrbReviews.find((r) => r.stage.isBidApproval && r.decisions.at(-1)?.decision === 'PASS');
        expect(pass, `${o.name}: passed bid approval`).toBeDefined();
        expect(pass!.decisions.at(-1)!.decidedAt.getTime(), `${o.name}: approved before Tier 1`).toBeLessThan(entry.getTime());
      }
      if (o.outcome === 'WON') {
        expect(o.contractAmount).not.toBeNull();
        const sum = o.milestones.reduce((s, m) => s + Number(m.amount), 0);
        expect(sum, `${o.name}: milestones add up to the contract`).toBe(Number(o.contractAmount));
      }
      if (o.outcome === 'LOST') expect(o.lossType).not.toBeNull();
      if (o.lossType === 'COMPETITOR') expect(o.lostToCompetitorId).not.toBeNull();
      if (o.outcome === 'DROPPED')
        expect(
          o.vrbReviews.some((r) => r.decisions.at(-1)?.decision === 'DROP'),
          `${o.name}: dropped by the VRB`,
        ).toBe(true);
      for (const r of o.vrbReviews)
        for (const d of r.decisions)
          if (d.decision === 'PASS' && Number(d.marginPct) < 10)
            expect(d.overrideReason, 'PASS below the margin floor needs an override').toBeTruthy();
    }
    for (const t of ['4:OPEN', '3:OPEN', '2:OPEN', '1:OPEN', '0:WON', '0:LOST', '0:NO_BID', '0:DROPPED'])
      expect(tiers.has(t), t).toBe(true);
    for (const t of [4, 3, 2, 1]) expect(stalledByTier.get(t) ?? 0, `stalled deals in Tier ${t}`).toBeGreaterThan(0);
    expect(
      opps.some((o) => o.outcome === 'OPEN' && o.nextStepDueDate && o.nextStepDueDate.getTime() < NOW.getTime()),
      'some next steps overdue',
    ).toBe(true);
    expect(opps.some((o) => o.regionScope === 'OVERSEAS')).toBe(true);
    expect(opps.some((o) => o.bidNoticeNo && /^\d{11}$/.test(o.bidNoticeNo) && o.lowerBidLimitRate)).toBe(true);
    const amounts = opps.filter((o) => o.amount).map((o) => Number(o.amount));
    expect(Math.min(...amounts)).toBeGreaterThanOrEqual(3e8);
    expect(Math.max(...amounts)).toBeLessThanOrEqual(300e8);

    // key accounts are exactly the accounts with a won deal
    const wonAccounts = new Set(opps.filter((o) => o.outcome === 'WON').map((o) => o.accountId));
    for (const a of accounts) expect(a.isKeyAccount, a.id).toBe(wonAccounts.has(a.id));

    // VRB: snapshots compute consistently; findings in every state; every decision kind
    const econ = await db.dealEconomics.findMany();
    expect(econ.length).toBeGreaterThan(50);
    for (const e of econ) {
      const d = deriveEconomics({
        contractPrice: Number(e.contractPrice),
        hardwareCost: Number(e.hardwareCost),
        softwareLicenseCost: Number(e.softwareLicenseCost),
        laborPersonMonths: Number(e.laborPersonMonths),
        laborRate: Number(e.laborRate),
        subcontractCost: Number(e.subcontractCost),
        otherCost: Number(e.otherCost),
        contingency: Number(e.contingency),
      });
      // the formula written out again: GP = price − all costs; margin = GP/price; ROI = GP/cost
      const cost = Number(e.contractPrice) - Number(e.grossProfit);
      expect(Number(e.grossProfit)).toBe(d.grossProfit);
      expect(Number(e.marginPct)).toBeCloseTo((Number(e.grossProfit) / Number(e.contractPrice)) * 100, 2);
      expect(Number(e.roiPct)).toBeCloseTo((Number(e.grossProfit) / cost) * 100, 2);
    }
    const findingStates = await db.vrbFinding.groupBy({ by: ['status'], _count: true });
    expect(findingStates.map((f) => f.status).sort()).toEqual(['ANSWERED', 'OPEN', 'RESOLVED']);
    const decisionKinds = await db.vrbDecision.groupBy({ by: ['decision'], _count: true });
    expect(decisionKinds.map((d) => d.decision).sort()).toEqual(['CONDITIONAL', 'DROP', 'HOLD', 'PASS']);
    expect(
      await db.vrbReview.count({ where: { status: 'SCHEDULED', scheduledAt: { gt: NOW } } }),
      'upcoming reviews for the queue',
    ).toBeGreaterThan(0);
    const opinionDup = await db.$queryRaw<
      { n: bigint }[]
    >`SELECT count(*) AS n FROM "VrbOpinion" o JOIN "VrbReview" r ON r.id = o."reviewId" JOIN "VrbStage" s ON s.id = r."stageId" WHERE NOT (o.domain = ANY(s."requiredDomains"))`;
    expect(Number(opinionDup[0]!.n), 'opinions only from required domains').toBe(0);

    // leads: every status and temperature; converted ones point at their opportunity
    const leadStates = await db.lead.groupBy({ by: ['status'], _count: true });
    expect(leadStates.map((l) => l.status).sort()).toEqual(['CONVERTED', 'DISQUALIFIED', 'MQL', 'SQL']);
    expect(await db.lead.count({ where: { status: 'CONVERTED', opportunityId: null } })).toBe(0);
    expect(await db.lead.count({ where: { status: 'DISQUALIFIED', disqualifyReasonId: null } })).toBe(0);
    // SQLs and converted leads meet the real qualification rules; dedupe keys are the importer's
    for (const l of await db.lead.findMany()) {
      if (l.status === 'SQL' || l.status === 'CONVERTED')
        expect(isQualified(qualificationChecklist(l, SETTINGS.qualificationRules.default)), `${l.email} qualifies`).toBe(true);
      expect(l.dedupeKey).toBe(dedupeKeyOf(l));
    }
    expect(await db.lead.count({ where: { importBatchId: { not: null } } })).toBeGreaterThan(0);
    for (const b of await db.importBatch.findMany({ include: { _count: { select: { leads: true, errors: true } } } })) {
      expect(b.created).toBe(b._count.leads);
      expect(b.failed).toBe(b._count.errors);
      expect(b.total).toBe(b.created + b.updated + b.skipped + b.failed);
    }

    // receivables: some collected, some overdue
    expect(await db.paymentMilestone.count({ where: { collectedAt: { not: null } } })).toBeGreaterThan(0);
    expect(await db.paymentMilestone.count({ where: { collectedAt: null, dueDate: { lt: NOW } } }), 'overdue receivables').toBeGreaterThan(
      0,
    );

    // postmortems: blameless (attendees, lessons, action items), only on closed deals
    const pms = await db.postmortem.findMany({
      include: { opportunity: true, _count: { select: { attendees: true, lessons: true, actionItems: true } } },
    });
    for (const p of pms) {
      expect(p.opportunity.tier).toBe(0);
      expect(p._count.attendees).toBeGreaterThan(0);
      expect(p._count.lessons).toBeGreaterThan(0);
      expect(p._count.actionItems).toBeGreaterThan(0);
    }

    // tier reviews: the second follows the first; items agree with the history at asOf
    const reviews = await db.tierReview.findMany({ orderBy: { asOf: 'asc' }, include: { items: true } });
    expect(reviews[1]!.previousId).toBe(reviews[0]!.id);
    for (const r of reviews) {
      expect(r.items.length).toBeGreaterThan(20);
      for (const it of r.items) {
        const o = opps.find((x) => x.id === it.opportunityId)!;
        const atAsOf = o.tierChanges.filter((c) => c.changedAt.getTime() <= r.asOf.getTime()).at(-1)!;
        expect(it.currentTier, `${o.name} in ${r.title}`).toBe(atAsOf.toTier);
      }
    }

    // the marker that lets --reset recognise the seed's own data
    expect(await db.auditLog.count({ where: { action: SEED_MARKER_ACTION } })).toBe(1);
  });

  test('refuses a database that holds other data, and writes nothing', async () => {
    await db.user.create({ data: { email: 'someone@customer.example', name: '고객사 관리자', passwordHash: 'x', roles: ['ADMIN'] } });
    await expect(seed(db, { now: NOW })).rejects.toThrow(SeedRefusedError);
    await expect(seed(db, { now: NOW, reset: true }), 'reset only wipes the seed’s own data').rejects.toThrow(/did not load/);
    expect(await db.user.count()).toBe(1);
    expect(await db.account.count()).toBe(0);
    expect(await db.opportunity.count()).toBe(0);
  });

  test('reuses reference data a migration or an admin already configured', async () => {
    await db.businessCategory.create({ data: { code: 'SI', nameKo: '시스템 구축', nameEn: 'SI' } });
    const stage = await db.vrbStage.create({
      data: {
        order: 3,
        code: 'BID_GATE',
        nameKo: '입찰 심의',
        nameEn: 'Bid gate',
        requiredDomains: ['FINANCE', 'LEGAL'],
        isBidApproval: true,
      },
    });
    await seed(db, { now: NOW });
    expect(await db.businessCategory.findUniqueOrThrow({ where: { code: 'SI' } })).toMatchObject({ nameKo: '시스템 구축' });
    expect(await db.vrbStage.count()).toBe(5);
    const reviews = await db.vrbReview.findMany({ where: { stageId: stage.id }, include: { opinions: true } });
    expect(reviews.length, 'bid-approval reviews use the existing stage').toBeGreaterThan(0);
    for (const r of reviews) for (const o of r.opinions) expect(['FINANCE', 'LEGAL']).toContain(o.domain);
  });

  test('refuses to load twice; --reset reloads the same data', async () => {
    await seed(db, { now: NOW });
    const before = await db.opportunity.findMany({ select: { id: true, name: true, tier: true, amount: true }, orderBy: { id: 'asc' } });
    await expect(seed(db, { now: NOW })).rejects.toThrow(/already loaded/);
    await db.opportunity.update({ where: { id: before[0]!.id }, data: { name: 'changed by a user' } });
    await seed(db, { now: NOW, reset: true });
    const after = await db.opportunity.findMany({ select: { id: true, name: true, tier: true, amount: true }, orderBy: { id: 'asc' } });
    expect(after).toEqual(before); // deterministic: same ids, names, tiers and amounts
    expect(await db.user.count()).toBe(11);
    expect(await db.auditLog.count({ where: { action: SEED_MARKER_ACTION } })).toBe(1);
  });

  test('the CLI exits 1 with a clear message on a non-empty database', async () => {
    await db.user.create({ data: { email: 'someone@customer.example', name: '고객사 관리자', passwordHash: 'x', roles: ['ADMIN'] } });
    const run = spawnSync(TSX, ['prisma/seed.ts'], { env: { ...process.env }, encoding: 'utf8', timeout: 60_000 });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/already holds data/);
    expect(run.stderr).not.toMatch(/\s+at .*\.(ts|js):\d+/); // no stack trace
    expect(await db.account.count()).toBe(0);
    const skip = spawnSync(TSX, ['prisma/seed.ts', '--if-empty'], { env: { ...process.env }, encoding: 'utf8', timeout: 60_000 });
    expect(skip.status).toBe(0);
    expect(await db.account.count()).toBe(0);
  });
});

describe('create-admin (first admin of a new deployment)', () => {
  test('creates an ADMIN whose password verifies, with an audit row; refuses the same email again', async () => {
    const u = await createFirstAdmin(db, { email: ' Boss@Example.COM ', name: '홍길동', password: 'a-long-enough-secret' });
    const row = await db.user.findUniqueOrThrow({ where: { id: u.id } });
    expect(row.email).toBe('boss@example.com');
    expect(row.roles).toEqual(['ADMIN']);
    expect(await verifyPassword('a-long-enough-secret', row.passwordHash)).toBe(true);
    expect(await db.auditLog.count({ where: { action: 'user.create', entityId: u.id } })).toBe(1);
    await expect(createFirstAdmin(db, { email: 'BOSS@example.com', name: '다른 사람', password: 'another-long-secret' })).rejects.toThrow(
      /already exists/,
    );
    expect(await db.user.count()).toBe(1);
  });

  test.each([
    ['short password', { email: 'a@b.co', name: '관리자', password: 'short-11ch!' }, /at least 12/],
    ['bad email', { email: 'not-an-email', name: '관리자', password: 'a-long-enough-secret' }, /email/],
    ['empty name', { email: 'a@b.co', name: '  ', password: 'a-long-enough-secret' }, /name/],
  ])('%s → refused, nothing written', async (_l, input, msg) => {
    await expect(createFirstAdmin(db, input)).rejects.toThrow(CreateAdminError);
    await expect(createFirstAdmin(db, input)).rejects.toThrow(msg);
    expect(await db.user.count()).toBe(0);
  });

  test('the command reads the password from TIERLINE_ADMIN_PASSWORD and refuses without one off a terminal', () => {
    const script = path.resolve('scripts/create-admin.ts');
    const noPw = spawnSync(TSX, [script, '--email', 'ops@example.com', '--name', '운영자'], {
      env: { ...process.env, TIERLINE_ADMIN_PASSWORD: '' },
      encoding: 'utf8',
      input: '',
    });
    expect(noPw.status).toBe(1);
    expect(noPw.stderr).toMatch(/TIERLINE_ADMIN_PASSWORD/);
    const ok = spawnSync(TSX, [script, '--email', 'ops@example.com', '--name', '운영자'], {
      env: { ...process.env, TIERLINE_ADMIN_PASSWORD: 'ops-password-2026' },
      encoding: 'utf8',
    });
    expect(ok.stderr).toBe('');
    expect(ok.status).toBe(0);
    expect(ok.stdout).toMatch(/created ADMIN ops@example.com/);
    const again = spawnSync(TSX, [script, '--email', 'ops@example.com', '--name', '운영자'], {
      env: { ...process.env, TIERLINE_ADMIN_PASSWORD: 'ops-password-2026' },
      encoding: 'utf8',
    });
    expect(again.status).toBe(1);
    expect(again.stderr).toMatch(/already exists/);
  });
});
