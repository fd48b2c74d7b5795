// The demo seed: inserts the graph built by ./build.ts in one transaction.
// Refuses a database that already holds users, unless they are this seed's own data and
// `reset` is asked for (then everything is truncated and loaded again).
import { PrismaPg } from '@prisma/adapter-pg';
import { hashPassword } from '../../lib/auth/password';
import { PrismaClient } from '../../lib/db/generated/client';
import { anchorFor, buildDemo, SEED_NUMBER, type DemoRows, type SeedRefs } from './build';
import { createRng } from './prng';
import { DEMO_PASSWORD, DEMO_USERS, demoEmail, type DemoUserKey } from './people';
import {
  BUSINESS_CATEGORIES,
  COMPETITORS,
  QA_ENTRIES,
  EXPERTS,
  REASONS,
  SALES_REGIONS,
  VRB_STAGES,
  type CategoryCode,
  type RegionCode,
} from './reference';

export type SeedDb = PrismaClient;
export const SEED_MARKER_ACTION = 'seed.demo';

export class SeedRefusedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SeedRefusedError';
  }
}

export function createSeedClient(connectionString = process.env.DATABASE_URL): SeedDb {
  if (!connectionString) throw new SeedRefusedError('DATABASE_URL is not set: point it at the database to load the demo data into.');
  return new PrismaClient({ adapter: new PrismaPg({ connectionString, max: 4 }) });
}

const APP_TABLES_SQL = `SELECT string_agg(format('%I', tablename), ', ') AS t FROM pg_tables
  WHERE schemaname = 'public' AND tablename <> '_prisma_migrations'`;

/** Load the demo data. `now` is the anchor of the six months of history (default: today). */
export async function seed(db: SeedDb, opts: { now?: Date; reset?: boolean } = {}) {
  const started = Date.now();
  const now = anchorFor(opts.now ?? new Date());
  const users = await db.user.count();
  if (users > 0) {
    const marker = await db.auditLog.findFirst({ where: { action: SEED_MARKER_ACTION }, select: { id: true } });
    if (!opts.reset) {
      throw new SeedRefusedError(
        marker
          ? `The demo data is already loaded (${users} users). Run with --reset to wipe it and load it again.`
          : `This database already holds data (${users} users): the demo seed only loads into an empty database.`,
      );
    }
    if (!marker) throw new SeedRefusedError(`Refusing --reset: this database holds data that the demo seed did not load (${users} users).`);
  }
  // scrypt is slow on purpose: hash the users' passwords (each with its own salt) up front
  const hashes = await Promise.all(DEMO_USERS.map(() => hashPassword(DEMO_PASSWORD)));
  const userIds = createRng(SEED_NUMBER ^ 0xacc);

  await db.$transaction(
    async (tx) => {
      if (users > 0) {
        const { t } = (await tx.$queryRawUnsafe<{ t: string | null }[]>(APP_TABLES_SQL))[0] ?? { t: null };
        if (t) await tx.$executeRawUnsafe(`TRUNCATE ${t} RESTART IDENTITY CASCADE`);
      }
      // reference data: keep rows that already exist (a migration or an admin may have made them)
      await tx.businessCategory.createMany({ data: [...BUSINESS_CATEGORIES], skipDuplicates: true });
      await tx.salesRegion.createMany({ data: [...SALES_REGIONS], skipDuplicates: true });
      await tx.reason.createMany({ data: REASONS.map((r, i) => ({ ...r, sortOrder: (i + 1) * 10 })), skipDuplicates: true });
      await tx.vrbStage.createMany({
        data: VRB_STAGES.map((s) => ({ ...s, requiredDomains: [...s.requiredDomains] })),
        skipDuplicates: true,
      });
      await tx.competitor.createMany({ data: COMPETITORS.map((c) => ({ ...c, notes: c.notes || null })), skipDuplicates: true });
      if ((await tx.qaEntry.count()) === 0) await tx.qaEntry.createMany({ data: [...QA_ENTRIES] });
      if ((await tx.expert.count()) === 0) await tx.expert.createMany({ data: [...EXPERTS] });

      const userRows = DEMO_USERS.map((u, i) => ({ key: u.key, id: userIds.uuid(), hash: hashes[i]! }));
      const idOf = (k: DemoUserKey) => userRows.find((u) => u.key === k)!.id;
      await tx.user.createMany({
        data: DEMO_USERS.map((u, i) => ({
          id: userRows[i]!.id,
          email: demoEmail(u.key),
          name: u.name,
          passwordHash: userRows[i]!.hash,
          roles: u.roles,
          vrbDomains: u.vrbDomains ?? [],
          managerId: u.manager ? idOf(u.manager) : null,
          createdAt: new Date(now.getTime() - 200 * 86_400_000),
        })),
      });

      const refs: SeedRefs = {
        users: Object.fromEntries(userRows.map((u) => [u.key, u.id])) as SeedRefs['users'],
        categories: Object.fromEntries(
          (await tx.businessCategory.findMany({ select: { code: true, id: true } })).map((r) => [r.code, r.id]),
        ) as Record<CategoryCode, string>,
        regions: Object.fromEntries(
          (await tx.salesRegion.findMany({ select: { code: true, id: true } })).map((r) => [r.code, r.id]),
        ) as Record<RegionCode, string>,
        reasons: Object.fromEntries(
          (await tx.reason.findMany({ select: { kind: true, code: true, id: true } })).map((r) => [`${r.kind}:${r.code}`, r.id]),
        ),
        // by order: stages a migration or an admin already configured are used as they are
        stages: Object.fromEntries(
          (
            await tx.vrbStage.findMany({
              where: { order: { in: VRB_STAGES.map((s) => s.order) } },
              select: { order: true, id: true, requiredDomains: true },
            })
          ).map((s) => [s.order, { id: s.id, requiredDomains: s.requiredDomains }]),
        ),
        competitors: Object.fromEntries((await tx.competitor.findMany({ select: { name: true, id: true } })).map((c) => [c.name, c.id])),
      };
      const rows = buildDemo(now, refs);
      await insertAll(tx, rows);
      await linkExperts(tx, rows, refs.users.rep1);
      await tx.auditLog.create({
        data: {
          actorId: null,
          action: SEED_MARKER_ACTION,
          entityType: 'Database',
          entityId: 'demo',
          after: { seed: SEED_NUMBER, anchor: now.toISOString() },
        },
      });
    },
    { timeout: 180_000, maxWait: 20_000 },
  );
  return { anchor: now, ms: Date.now() - started, counts: await countAll(db) };
}

type Tx = Parameters<Parameters<SeedDb['$transaction']>[0]>[0];

const EXPERT_ROLES = ['제안서 기술 검토', '고객 임원 미팅 동석', '가격 전략 자문', '현장 실사 지원'] as const;

/** 전문가 네트워크: each demo expert helped a few deals — two or three closed (their 수주율) and one open. */
async function linkExperts(tx: Tx, r: DemoRows, createdById: string) {
  const experts = await tx.expert.findMany({ select: { id: true }, orderBy: [{ name: 'asc' }, { id: 'asc' }] });
  const closed = r.opportunities.filter((o) => o.outcome === 'WON' || o.outcome === 'LOST');
  const open = r.opportunities.filter((o) => (o.outcome ?? 'OPEN') === 'OPEN');
  const links = experts.flatMap((e, i) => {
    const deals = [closed[(i * 7) % closed.length], closed[(i * 7 + 3) % closed.length], open[(i * 5) % open.length]];
    if (i % 2 === 0) deals.push(closed[(i * 7 + 5) % closed.length]);
    return [...new Set(deals.flatMap((o) => (o?.id ? [o.id] : [])))].map((opportunityId, j) => ({
      opportunityId,
      expertId: e.id,
      role: EXPERT_ROLES[(i + j) % EXPERT_ROLES.length]!,
      createdById,
    }));
  });
  await tx.opportunityExpert.createMany({ data: links, skipDuplicates: true });
}

async function insertAll(tx: Tx, r: DemoRows) {
  const chunked = async <T>(rows: T[], insert: (data: T[]) => Promise<unknown>) => {
    for (let i = 0; i < rows.length; i += 1000) await insert(rows.slice(i, i + 1000));
  };
  // parents before children
  await chunked(r.accounts, (data) => tx.account.createMany({ data }));
  await chunked(r.contacts, (data) => tx.contact.createMany({ data }));
  await chunked(r.importBatches, (data) => tx.importBatch.createMany({ data }));
  await chunked(r.importRowErrors, (data) => tx.importRowError.createMany({ data }));
  await chunked(r.opportunities, (data) => tx.opportunity.createMany({ data }));
  await chunked(r.leads, (data) => tx.lead.createMany({ data }));
  await chunked(r.opportunityContacts, (data) => tx.opportunityContact.createMany({ data }));
  await chunked(r.opportunityCompetitors, (data) => tx.opportunityCompetitor.createMany({ data }));
  await chunked(r.partners, (data) => tx.consortiumPartner.createMany({ data }));
  await chunked(r.opportunityReasons, (data) => tx.opportunityReason.createMany({ data }));
  await chunked(r.tierChanges, (data) => tx.tierChange.createMany({ data }));
  await chunked(r.vrbReviews, (data) => tx.vrbReview.createMany({ data }));
  await chunked(r.economics, (data) => tx.dealEconomics.createMany({ data }));
  await chunked(r.assessments, (data) => tx.vrbAssessment.createMany({ data }));
  await chunked(r.opinions, (data) => tx.vrbOpinion.createMany({ data }));
  await chunked(r.findings, (data) => tx.vrbFinding.createMany({ data }));
  await chunked(r.decisions, (data) => tx.vrbDecision.createMany({ data }));
  await chunked(r.milestones, (data) => tx.paymentMilestone.createMany({ data }));
  await chunked(r.activities, (data) => tx.activity.createMany({ data }));
  await chunked(r.postmortems, (data) => tx.postmortem.createMany({ data }));
  await chunked(r.attendees, (data) => tx.postmortemAttendee.createMany({ data }));
  await chunked(r.lessons, (data) => tx.lesson.createMany({ data }));
  await chunked(r.actionItems, (data) => tx.actionItem.createMany({ data }));
  await chunked(r.tierReviews, (data) => tx.tierReview.createMany({ data }));
  await chunked(r.tierReviewItems, (data) => tx.tierReviewItem.createMany({ data }));
}

/** What the seed reports having loaded: a count per table. */
const COUNTS = {
  users: (db) => db.user.count(),
  accounts: (db) => db.account.count(),
  contacts: (db) => db.contact.count(),
  leads: (db) => db.lead.count(),
  importBatches: (db) => db.importBatch.count(),
  opportunities: (db) => db.opportunity.count(),
  tierChanges: (db) => db.tierChange.count(),
  vrbReviews: (db) => db.vrbReview.count(),
  vrbDecisions: (db) => db.vrbDecision.count(),
  vrbFindings: (db) => db.vrbFinding.count(),
  milestones: (db) => db.paymentMilestone.count(),
  activities: (db) => db.activity.count(),
  postmortems: (db) => db.postmortem.count(),
  lessons: (db) => db.lesson.count(),
  tierReviews: (db) => db.tierReview.count(),
  competitors: (db) => db.competitor.count(),
} satisfies Record<string, (db: SeedDb) => Promise<number>>;

export async function countAll(db: SeedDb) {
  const counts = await Promise.all(Object.entries(COUNTS).map(async ([name, count]) => [name, await count(db)] as const));
  return Object.fromEntries(counts) as Record<keyof typeof COUNTS, number>;
}
