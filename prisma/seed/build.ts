// Builds the whole demo graph as plain rows, in memory, from a fixed PRNG seed and a "now"
// anchor: the same anchor gives the same data (ids included), and history is always "the past
// six months" of that anchor. No database here: prisma/seed/index.ts inserts the rows.
// Over 400 lines on purpose: one pass draws every entity from one PRNG stream in a fixed order
// (that order is what makes the demo reproducible); splitting it would thread the stream through files.
import type { Prisma } from '../../lib/db/generated/client';
import { dedupeKeyOf, normalizeCompanyName } from '../../lib/domain/leads/normalize';
import { makeBrn } from './brn';
import { createRng, type Rng } from './prng';
import {
  ACCOUNTS,
  DEMO_USERS,
  FOREIGN_NAMES,
  FOREIGN_TITLES,
  GIVEN_NAMES,
  LEAD_COMPANY_PREFIXES,
  LEAD_COMPANY_SUFFIXES,
  SURNAMES,
  type DemoUserKey,
} from './people';
import { BUSINESS_CATEGORIES, COMPETITORS, COUNTRY_REGION, VRB_STAGES, type CategoryCode, type RegionCode } from './reference';
import * as T from './texts';

export const SEED_NUMBER = 20261127;
const DAY = 86_400_000;
const HOUR = 3_600_000;
// stall thresholds the demo is built around (the settings defaults: days without a tier change)
export const DEMO_STALL_DAYS: Record<number, number> = { 4: 60, 3: 45, 2: 30, 1: 21 };
const MARGIN_FLOOR = 10;

type Outcome = 'OPEN' | 'WON' | 'LOST' | 'NO_BID' | 'DROPPED';
type Domain = 'FINANCE' | 'LEGAL' | 'PROCUREMENT' | 'TECHNOLOGY';

export type SeedRefs = {
  users: Record<DemoUserKey, string>;
  categories: Record<CategoryCode, string>;
  regions: Record<RegionCode, string>;
  reasons: Record<string, string>; // `${kind}:${code}` → id
  stages: Record<number, { id: string; requiredDomains: Domain[] }>; // by order
  competitors: Record<string, string>; // name → id
};

export type DemoRows = {
  accounts: Prisma.AccountCreateManyInput[];
  contacts: Prisma.ContactCreateManyInput[];
  importBatches: Prisma.ImportBatchCreateManyInput[];
  importRowErrors: Prisma.ImportRowErrorCreateManyInput[];
  opportunities: Prisma.OpportunityCreateManyInput[];
  leads: Prisma.LeadCreateManyInput[];
  opportunityContacts: Prisma.OpportunityContactCreateManyInput[];
  opportunityCompetitors: Prisma.OpportunityCompetitorCreateManyInput[];
  partners: Prisma.ConsortiumPartnerCreateManyInput[];
  opportunityReasons: Prisma.OpportunityReasonCreateManyInput[];
  tierChanges: Prisma.TierChangeCreateManyInput[];
  vrbReviews: Prisma.VrbReviewCreateManyInput[];
  economics: Prisma.DealEconomicsCreateManyInput[];
  assessments: Prisma.VrbAssessmentCreateManyInput[];
  opinions: Prisma.VrbOpinionCreateManyInput[];
  findings: Prisma.VrbFindingCreateManyInput[];
  decisions: Prisma.VrbDecisionCreateManyInput[];
  milestones: Prisma.PaymentMilestoneCreateManyInput[];
  activities: Prisma.ActivityCreateManyInput[];
  postmortems: Prisma.PostmortemCreateManyInput[];
  attendees: Prisma.PostmortemAttendeeCreateManyInput[];
  lessons: Prisma.LessonCreateManyInput[];
  actionItems: Prisma.ActionItemCreateManyInput[];
  tierReviews: Prisma.TierReviewCreateManyInput[];
  tierReviewItems: Prisma.TierReviewItemCreateManyInput[];
};

/** The anchor for a run: midnight UTC (09:00 KST) of the given day, so a day's runs agree. */
export function anchorFor(d: Date): Date {
  return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()));
}

/** Cost components → gross profit, margin % and ROI %, the way the ROI calculator derives them:
 *  cost = hardware + licences + person-months × rate + subcontract + other + contingency;
 *  gross profit = price − cost; margin = GP ÷ price; ROI = GP ÷ cost. */
export function deriveEconomics(e: {
  contractPrice: number;
  hardwareCost: number;
  softwareLicenseCost: number;
  laborPersonMonths: number;
  laborRate: number;
  subcontractCost: number;
  otherCost: number;
  contingency: number;
}) {
  const cost = e.hardwareCost + e.softwareLicenseCost + e.laborPersonMonths * e.laborRate + e.subcontractCost + e.otherCost + e.contingency;
  const grossProfit = e.contractPrice - cost;
  return {
    cost,
    grossProfit,
    marginPct: e.contractPrice > 0 ? (grossProfit / e.contractPrice) * 100 : 0,
    roiPct: cost > 0 ? (grossProfit / cost) * 100 : 0,
  };
}

const round = (n: number, step: number) => Math.round(n / step) * step;
const money = (n: number) => String(Math.round(n));

type Plan = { tier: number; outcome: Outcome; lastOpenTier: number | null };
type Change = {
  at: Date;
  from: number | null;
  to: number;
  fromOutcome: Outcome | null;
  toOutcome: Outcome;
  reason: string | null;
  actor: string;
};

export function buildDemo(now: Date, refs: SeedRefs): DemoRows {
  const rng = createRng(SEED_NUMBER);
  const ids = createRng(SEED_NUMBER ^ 0x5eed); // ids come from their own stream
  const anchor = anchorFor(now).getTime();
  const U = refs.users;
  /** k days before the anchor, at a working hour (09:00–18:00 KST = 00:00–09:00 UTC). */
  const at = (k: number, hour?: number) => new Date(anchor - k * DAY + Math.round((hour ?? rng.float(0.3, 8.7)) * 60) * 60_000);
  const dateOnly = (k: number) => new Date(anchor - k * DAY);
  const daysBefore = (d: Date) => Math.floor((anchor - d.getTime()) / DAY);
  const mid = (a: Date, b: Date, f = 0.5) => new Date(Math.round(a.getTime() + (b.getTime() - a.getTime()) * f));
  /** a meeting between a and b (around fraction f), at 10:00–15:00 KST when that fits */
  const meet = (a: Date, b: Date, f = 0.5) => {
    const m = mid(a, b, f);
    const slot = new Date(Math.floor(m.getTime() / DAY) * DAY + rng.pick([1, 2, 5, 6]) * HOUR);
    return slot.getTime() > a.getTime() && slot.getTime() < b.getTime() ? slot : m;
  };
  const phoneKr = () => `+8210${rng.int(2000, 9999)}${rng.int(1000, 9999)}`;

  const out: DemoRows = {
    accounts: [],
    contacts: [],
    importBatches: [],
    importRowErrors: [],
    opportunities: [],
    leads: [],
    opportunityContacts: [],
    opportunityCompetitors: [],
    partners: [],
    opportunityReasons: [],
    tierChanges: [],
    vrbReviews: [],
    economics: [],
    assessments: [],
    opinions: [],
    findings: [],
    decisions: [],
    milestones: [],
    activities: [],
    postmortems: [],
    attendees: [],
    lessons: [],
    actionItems: [],
    tierReviews: [],
    tierReviewItems: [],
  };

  // ───────────── accounts and contacts ─────────────
  type Acc = (typeof ACCOUNTS)[number] & { id: string; contacts: ContactInfo[]; usedByLead: Set<string> };
  type ContactInfo = { id: string; name: string; email: string; phone: string; title: string; powerRole: string };
  const usedEmails = new Set<string>();
  const personName = (country: string): { name: string; local: string } => {
    for (;;) {
      if (country !== 'KR') {
        const n = rng.pick(FOREIGN_NAMES[country]!);
        const local = n
          .toLowerCase()
          .replace(/[^a-z ]/g, '')
          .split(' ')
          .filter(Boolean);
        return { name: n, local: `${local[0]}.${local[local.length - 1]}` };
      }
      const [s, sr] = rng.pick(SURNAMES);
      const [g, gr] = rng.pick(GIVEN_NAMES);
      return { name: s + g, local: `${gr}.${sr}` };
    }
  };
  const uniqueEmail = (local: string, domain: string) => {
    let e = `${local}@${domain}`;
    for (let i = 2; usedEmails.has(e); i++) e = `${local}${i}@${domain}`;
    usedEmails.add(e);
    return e;
  };
  const CONTACT_ROLES = [
    {
      powerRole: 'DECISION_MAKER',
      titles: ['CIO', '전무', '상무', '정보전략실장'],
      power: 5,
      stance: [
        ['SUPPORTER', 2],
        ['NEUTRAL', 3],
        ['OPPONENT', 1],
      ],
    },
    {
      powerRole: 'INFLUENCER',
      titles: ['IT기획팀장', '경영지원본부장', '생산기술팀장'],
      power: 4,
      stance: [
        ['SUPPORTER', 2],
        ['NEUTRAL', 2],
        ['OPPONENT', 1],
      ],
    },
    { powerRole: 'CHAMPION', titles: ['정보시스템팀 부장', '정보전략팀 차장'], power: 3, stance: [['SUPPORTER', 1]] },
    {
      powerRole: 'GATEKEEPER',
      titles: ['구매팀 과장', '구매팀 차장'],
      power: 3,
      stance: [
        ['NEUTRAL', 3],
        ['OPPONENT', 1],
      ],
    },
    {
      powerRole: 'USER',
      titles: ['현업 담당 대리', '현업 담당 과장'],
      power: 2,
      stance: [
        ['SUPPORTER', 1],
        ['NEUTRAL', 1],
      ],
    },
  ] as const;
  const PERSONA: Record<string, string[]> = {
    DECISION_MAKER: [
      '숫자로 말하는 것을 선호, 보고는 1페이지로',
      '전 직장에서 차세대 프로젝트 실패 경험이 있어 리스크에 민감',
      '업계 레퍼런스를 중시',
    ],
    INFLUENCER: ['기술 세부사항에 관심이 많음', '경쟁사 담당자와도 자주 교류'],
    CHAMPION: ['자사 솔루션 교육 이수, 내부 설득에 적극적', '전 프로젝트에서 함께 일한 경험'],
    GATEKEEPER: ['가격 비교표를 반드시 요구', '일정·절차 준수를 중시'],
    USER: ['현업 불편 사항을 구체적으로 알려줌'],
  };
  // the committee's reports-to lines (power map): the influencer and the gatekeeper report to the
  // decision maker, the champion to the influencer, the user to the champion (by CONTACT_ROLES index;
  // contacts are added in that order, so the manager is always there first)
  const MANAGER_ROLE: Record<number, number> = { 1: 0, 2: 1, 3: 0, 4: 2 };
  const contactRows = new Map<string, Prisma.ContactCreateManyInput>();
  const addContact = (acc: Acc, roleIdx: number): ContactInfo => {
    const role = CONTACT_ROLES[roleIdx]!;
    const foreign = acc.country !== 'KR';
    let p = personName(acc.country);
    while (acc.contacts.some((c) => c.name === p.name)) p = personName(acc.country);
    const title = rng.pick(foreign ? FOREIGN_TITLES[role.powerRole]! : role.titles);
    const c: ContactInfo = {
      id: ids.uuid(),
      name: p.name,
      email: uniqueEmail(p.local, acc.domain),
      phone: foreign ? `+${rng.int(1, 99)}${rng.int(100000000, 999999999)}` : phoneKr(),
      title,
      powerRole: role.powerRole,
    };
    const managerRole = MANAGER_ROLE[roleIdx];
    const manager = managerRole === undefined ? undefined : acc.contacts.find((m) => m.powerRole === CONTACT_ROLES[managerRole]!.powerRole);
    acc.contacts.push(c);
    const createdAt = at(rng.int(185, 400));
    const row: Prisma.ContactCreateManyInput = {
      id: c.id,
      accountId: acc.id,
      name: c.name,
      title,
      email: c.email,
      phone: c.phone,
      powerRole: role.powerRole,
      stance: rng.weighted(role.stance as unknown as [string, number][]) as 'SUPPORTER' | 'NEUTRAL' | 'OPPONENT',
      power: role.power,
      personaNotes: rng.chance(0.6) ? rng.pick(PERSONA[role.powerRole]!) : null,
      reportsToId: manager?.id ?? null,
      createdAt,
      updatedAt: createdAt,
    };
    out.contacts.push(row);
    contactRows.set(c.id, row);
    return c;
  };
  const accounts: Acc[] = ACCOUNTS.map((a, i) => {
    const acc: Acc = { ...a, id: ids.uuid(), contacts: [], usedByLead: new Set() };
    const createdAt = at(rng.int(200, 400));
    out.accounts.push({
      id: acc.id,
      name: a.name,
      nameNormalized: normalizeCompanyName(a.name),
      // domestic firms are registered in Korea; overseas customers have no 사업자등록번호
      businessRegistrationNo: a.country === 'KR' ? makeBrn(101 + ((i * 37) % 800), a.isPublic ? 82 : 81, 1000 + i * 211) : null,
      domain: a.domain,
      industry: a.industry,
      country: a.country,
      isKeyAccount: false,
      reputationNotes: a.reputation ?? null,
      createdAt,
      updatedAt: createdAt,
    });
    for (let r = 0; r < CONTACT_ROLES.length; r++) if (r < 4 || rng.chance(0.5)) addContact(acc, r);
    return acc;
  });

  // ───────────── opportunities: plans, paths, times ─────────────
  const rep = (n: number, p: Plan) => Array.from({ length: n }, () => ({ ...p }));
  const plans: Plan[] = rng.shuffle([
    ...rep(26, { tier: 4, outcome: 'OPEN', lastOpenTier: null }),
    ...rep(22, { tier: 3, outcome: 'OPEN', lastOpenTier: null }),
    ...rep(18, { tier: 2, outcome: 'OPEN', lastOpenTier: null }),
    ...rep(12, { tier: 1, outcome: 'OPEN', lastOpenTier: null }),
    ...rep(18, { tier: 0, outcome: 'WON', lastOpenTier: 1 }),
    ...rep(9, { tier: 0, outcome: 'LOST', lastOpenTier: 1 }),
    ...rep(2, { tier: 0, outcome: 'LOST', lastOpenTier: 2 }),
    ...rep(2, { tier: 0, outcome: 'LOST', lastOpenTier: 3 }),
    ...rep(4, { tier: 0, outcome: 'NO_BID', lastOpenTier: 2 }),
    ...rep(2, { tier: 0, outcome: 'NO_BID', lastOpenTier: 3 }),
    ...rep(3, { tier: 0, outcome: 'DROPPED', lastOpenTier: 2 }),
    ...rep(2, { tier: 0, outcome: 'DROPPED', lastOpenTier: 3 }),
  ]);

  const accountOrder = rng.shuffle(accounts);
  const usedNames = new Set<string>();
  const usedBidNos = new Set<string>();
  const competitorNames = COMPETITORS.map((c) => c.name);
  const domesticCompetitors = competitorNames.filter((n) => n !== 'FPT Software' && n !== 'Accenture');
  const PARTNERS = ['대한정보통신', '누리솔루션', '코리아클라우드웍스', '에이아이랩스', '시큐어넷', '한국인프라서비스'];
  const AMOUNT_RANGE: Record<CategoryCode, [number, number]> = {
    SI: [10, 300],
    SM: [15, 120],
    CLOUD: [5, 150],
    SECURITY: [3, 40],
    DATA_AI: [3, 80],
    SMART_FACTORY: [8, 200],
  };

  type Opp = {
    id: string;
    plan: Plan;
    acc: Acc;
    owner: string;
    category: CategoryCode;
    country: string;
    region: RegionCode;
    amount: number | null;
    changes: Change[];
    created: Date;
    lastChange: Date;
    stalled: boolean;
    contacts: ContactInfo[];
    competitors: string[];
    name: string;
    reached: Set<number>;
    tierEnteredFirst: Map<number, Date>;
    contractAmount: number | null;
    isPublic: boolean;
    row: Prisma.OpportunityCreateManyInput;
  };
  const opps: Opp[] = [];

  plans.forEach((plan, i) => {
    const acc = i < accountOrder.length ? accountOrder[i]! : rng.pick(accounts);
    const manufacturing = /제조|부품|소재|화학|시멘트|중공업|바이오|제약|식품/.test(acc.industry);
    const category = rng.weighted<CategoryCode>([
      ['SI', 25],
      ['SM', 15],
      ['CLOUD', 20],
      ['SECURITY', 15],
      ['DATA_AI', 15],
      ['SMART_FACTORY', manufacturing ? 30 : 0],
    ]);
    let country = acc.country;
    let plant = '';
    if (country === 'KR' && manufacturing && rng.chance(0.18)) {
      country = rng.pick(['VN', 'US', 'ID']);
      plant = { VN: ' 베트남 법인', US: ' 미국 공장', ID: ' 인도네시아 법인' }[country]!;
    }
    const region: RegionCode = country === 'KR' ? acc.region : COUNTRY_REGION[country]!;
    let name = '';
    for (const p of rng.shuffle(T.PROJECTS[category])) {
      name = `${acc.short ?? acc.name}${plant} ${p}`;
      if (!usedNames.has(name)) break;
    }
    if (usedNames.has(name)) name += ' 2단계';
    usedNames.add(name);
    const [lo, hi] = AMOUNT_RANGE[category];
    let amount: number | null = round(rng.logUniform(lo, hi) * 1e8, 1e7);
    if ((plan.tier === 4 && rng.chance(0.35)) || (plan.tier === 3 && rng.chance(0.2))) amount = null;
    const owner = rng.weighted([
      [U.rep1, 45],
      [U.rep2, 40],
      [U.manager, 15],
    ]);

    // the path of open tiers it went through: 4 → … → final open tier, with an occasional
    // skip (reason) or a step down and back up (reasons)
    const finalOpen = plan.tier > 0 ? plan.tier : plan.lastOpenTier!;
    let path = [4, 3, 2, 1].filter((t) => t >= finalOpen);
    const reasons: (string | null)[] = path.map((t, j) => (j === 0 ? null : rng.chance(0.7) ? rng.pick(T.TIER_UP_NOTES[t]!) : null));
    if (finalOpen <= 2 && rng.chance(0.12)) {
      const drop = path.length === 3 ? 1 : rng.int(1, path.length - 2); // never the first or last
      path.splice(drop, 1);
      reasons.splice(drop, 1);
      reasons[drop] = rng.pick(T.SKIP_REASONS);
    }
    if (path.length >= 2 && rng.chance(0.15)) {
      const j = rng.int(1, path.length - 1);
      if (path[j]! >= 2) {
        path = [...path.slice(0, j + 1), path[j]! + 1, path[j]!, ...path.slice(j + 1)];
        reasons.splice(j + 1, 0, rng.pick(T.DOWN_REASONS), rng.pick(T.BACK_UP_REASONS));
      }
    } else if (finalOpen === 4 && plan.outcome === 'OPEN' && rng.chance(0.12)) {
      path = [4, 3, 4];
      reasons.push(rng.pick(T.TIER_UP_NOTES[3]!), rng.pick(T.DOWN_REASONS));
    }
    const closed = plan.outcome !== 'OPEN';
    const moves = path.length - 1 + (closed ? 1 : 0);

    // times (days before the anchor)
    let stalled = false;
    let endK: number;
    let startK: number;
    if (closed) {
      endK = rng.int(2, 140);
      startK = Math.min(182, endK + rng.int(20 + 6 * moves, 90 + 10 * moves));
    } else {
      const thr = DEMO_STALL_DAYS[finalOpen]!;
      stalled = rng.chance(finalOpen === 4 ? 0.3 : 0.25);
      endK = stalled ? thr + rng.int(4, 40) : rng.int(1, thr - 3);
      startK = moves === 0 ? endK : Math.min(182, endK + rng.int(10 + 7 * moves, 40 + 15 * moves));
    }
    // a deal that reached Tier 1 spends at least two weeks there (proposal, evaluation) before closing
    const minLastGap = closed && finalOpen === 1 ? 14 : 1;
    const between = Array.from({ length: Math.max(0, startK - endK - minLastGap) }, (_, x) => endK + minLastGap + x);
    const innerKs = moves > 1 ? rng.sample(between, moves - 1).sort((a, b) => b - a) : [];
    const ks = moves === 0 ? [startK] : [startK, ...innerKs, endK];
    const times = ks.map((k) => at(k));

    const changes: Change[] = [];
    const firstEntry = new Map<number, Date>();
    path.forEach((t, j) => {
      changes.push({
        at: times[j]!,
        from: j === 0 ? null : path[j - 1]!,
        to: t,
        fromOutcome: j === 0 ? null : 'OPEN',
        toOutcome: 'OPEN',
        reason: reasons[j] ?? null,
        actor: owner,
      });
      if (!firstEntry.has(t)) firstEntry.set(t, times[j]!);
    });
    if (closed) {
      changes.push({
        at: times[times.length - 1]!,
        from: finalOpen,
        to: 0,
        fromOutcome: 'OPEN',
        toOutcome: plan.outcome,
        reason: rng.pick(T.CLOSE_NOTES[plan.outcome as 'WON' | 'LOST' | 'NO_BID' | 'DROPPED']),
        actor: plan.outcome === 'DROPPED' ? U.chair : owner,
      });
    }
    const last = changes[changes.length - 1]!;
    const created = changes[0]!.at;
    const competitors = rng.sample(
      country === 'KR' ? domesticCompetitors : ['FPT Software', 'Accenture', '삼성SDS', 'LG CNS'],
      rng.int(1, 3),
    );
    opps.push({
      id: ids.uuid(),
      plan,
      acc,
      owner,
      category,
      country,
      region,
      amount,
      changes,
      created,
      lastChange: last.at,
      stalled,
      contacts: [],
      competitors,
      name,
      reached: new Set(path),
      tierEnteredFirst: firstEntry,
      contractAmount: null,
      isPublic: !!acc.isPublic,
      row: undefined as unknown as Prisma.OpportunityCreateManyInput,
    });
  });

  // ───────────── opportunity rows ─────────────
  for (const o of opps) {
    const { plan } = o;
    const closed = plan.outcome !== 'OPEN';
    const closeAt = closed ? o.lastChange : null;
    const reached3 = [...o.reached].some((t) => t <= 3);
    const reached2 = [...o.reached].some((t) => t <= 2);
    const reached1 = o.reached.has(1);
    if (reached2 && o.amount === null) o.amount = round(rng.logUniform(5, 80) * 1e8, 1e7);
    // contacts on the deal: a named contact from Tier 3, the decision maker from Tier 2
    const dm = o.acc.contacts.find((c) => c.powerRole === 'DECISION_MAKER')!;
    const others = o.acc.contacts.filter((c) => c.powerRole !== 'DECISION_MAKER');
    if (reached3 || rng.chance(0.4)) o.contacts.push(rng.pick(others));
    if (reached2) o.contacts.push(dm);
    if (reached2 && rng.chance(0.5)) {
      const gk = o.acc.contacts.find((c) => c.powerRole === 'GATEKEEPER');
      if (gk && !o.contacts.includes(gk)) o.contacts.push(gk);
    }
    if (plan.outcome === 'WON') o.contractAmount = round(o.amount! * rng.float(0.9, 1.0), 1e6);

    const horizonMonths: Record<number, [number, number]> = { 4: [5, 24], 3: [4, 15], 2: [2, 9], 1: [1, 4] };
    let expectedCloseDate: Date | null = null;
    if (closed) expectedCloseDate = dateOnly(daysBefore(closeAt!) - rng.int(-10, 20));
    else if (reached2 || rng.chance(0.6)) {
      const [a, b] = horizonMonths[plan.tier]!;
      expectedCloseDate = dateOnly(-Math.round(rng.float(a, b) * 30.4));
      if (rng.chance(0.06)) expectedCloseDate = dateOnly(rng.int(3, 25)); // slipped: date passed, still open
    }
    let proposalDueDate: Date | null = null;
    if (reached1) {
      const entry = o.tierEnteredFirst.get(1)!;
      const k = daysBefore(entry) - rng.int(10, 35);
      proposalDueDate = dateOnly(closed ? Math.max(k, daysBefore(closeAt!) + 3) : k);
    }
    const salesProcessStep = closed
      ? plan.outcome === 'WON'
        ? daysBefore(closeAt!) > 60
          ? 'DELIVERY'
          : 'CONTRACT'
        : plan.outcome === 'LOST' && plan.lastOpenTier === 1
          ? rng.pick(['BID', 'PREFERRED_BIDDER'] as const)
          : reached2
            ? 'RFI'
            : null
      : plan.tier === 1
        ? proposalDueDate && proposalDueDate.getTime() > anchor
          ? 'BID'
          : rng.pick(['PREFERRED_BIDDER', 'NEGOTIATION'] as const)
        : plan.tier === 2
          ? 'RFI'
          : plan.tier === 3 && rng.chance(0.3)
            ? 'RFI'
            : null;
    const publicKr = o.isPublic && o.country === 'KR';
    let bidNoticeNo: string | null = null;
    if (publicKr && reached2) {
      do bidNoticeNo = `${new Date(o.created).getUTCFullYear()}${rng.int(1000000, 9999999)}`;
      while (usedBidNos.has(bidNoticeNo));
      usedBidNos.add(bidNoticeNo);
    }
    const estimatedPrice = publicKr && o.amount ? round(o.amount / 1.1, 1e4) : null;
    const lowerBidLimitRate = publicKr ? rng.pick(['87.745', '87.745', '88.000', '86.745']) : null;
    const bidAmount =
      estimatedPrice && reached1 && (closed || salesProcessStep !== 'BID') ? round(estimatedPrice * rng.float(0.88, 0.95), 1e4) : null;
    const nextIdx = rng.int(0, 3);
    const nextDue = rng.chance(0.2) ? rng.int(1, 20) : -rng.int(2, 30);
    const market = o.country !== 'KR' ? T.MARKET_NOTES[o.country] : publicKr && rng.chance(0.5) ? T.MARKET_NOTES.PUBLIC : undefined;
    const snooze = !closed && o.stalled && rng.chance(0.2);
    const lossType = plan.outcome === 'LOST' ? (plan.lastOpenTier === 1 ? 'COMPETITOR' : 'NO_DECISION') : null;
    o.row = {
      id: o.id,
      name: o.name,
      accountId: o.acc.id,
      ownerId: o.owner,
      amount: o.amount === null ? null : money(o.amount),
      businessCategoryId: refs.categories[o.category],
      regionScope: o.country === 'KR' ? 'DOMESTIC' : 'OVERSEAS',
      country: o.country,
      salesRegionId: refs.regions[o.region],
      expectedCloseDate,
      need: reached3 || rng.chance(0.35) ? rng.pick(T.NEEDS[o.category]) : null,
      tier: plan.tier,
      outcome: plan.outcome,
      lastOpenTier: plan.lastOpenTier,
      tierEnteredAt: o.lastChange,
      closedAt: closeAt,
      lossType,
      lostToCompetitorId: lossType === 'COMPETITOR' ? refs.competitors[o.competitors[0]!] : null,
      contractAmount: o.contractAmount === null ? null : money(o.contractAmount),
      closeNote: closed ? o.changes[o.changes.length - 1]!.reason : null,
      resourcePersonMonths: reached3 ? rng.float(1, reached1 ? 14 : 6).toFixed(1) : null,
      resourceBudget: reached3 && o.amount ? money(round(o.amount * rng.float(0.002, 0.01), 1e5)) : null,
      resourceDays: reached3 ? rng.int(10, reached1 ? 120 : 45) : null,
      marketPolitical: market?.political ?? null,
      marketSocial: market?.social ?? null,
      marketCultural: market?.cultural ?? null,
      marketNotes: market?.notes ?? null,
      nextStep: closed ? null : T.NEXT_STEPS[plan.tier]![nextIdx]!,
      nextStepDueDate: closed ? null : dateOnly(nextDue),
      stallSnoozedUntil: snooze ? dateOnly(-rng.int(10, 30)) : null,
      stallSnoozeReason: snooze ? '고객사 회계연도 예산 확정 대기' : null,
      stallSnoozedAt: snooze ? at(rng.int(1, 5)) : null,
      salesProcessStep,
      isPublicSector: o.isPublic,
      bidNoticeNo,
      bidRound: bidNoticeNo ? (rng.chance(0.15) ? 2 : 1) : null,
      estimatedPrice: estimatedPrice === null ? null : money(estimatedPrice),
      lowerBidLimitRate,
      bidAmount: bidAmount === null ? null : money(bidAmount),
      proposalDueDate,
      bidDeadline: publicKr && proposalDueDate ? new Date(proposalDueDate.getTime() + HOUR) : null,
      createdAt: o.created,
      updatedAt: o.lastChange,
      version: o.changes.length,
    };
    o.contacts.forEach((c, j) => out.opportunityContacts.push({ opportunityId: o.id, contactId: c.id, isPrimary: j === 0 }));
    // our relationship owner (power map): the rep of the first deal that put the person on a map
    for (const c of o.contacts) contactRows.get(c.id)!.relationshipOwnerId ??= o.owner;
    for (const c of o.competitors) out.opportunityCompetitors.push({ opportunityId: o.id, competitorId: refs.competitors[c]! });
    if ((o.isPublic || (o.amount ?? 0) >= 50e8) && reached2 && rng.chance(0.5)) {
      for (const p of rng.sample(PARTNERS, rng.int(1, 2))) {
        out.partners.push({
          id: ids.uuid(),
          opportunityId: o.id,
          name: p,
          role: rng.pick(['공동수급 구성원', '하도급(인프라)', '하도급(개발)']),
          sharePct: String(rng.int(15, 40)),
        });
      }
    }
    if (closed) {
      const kind = plan.outcome;
      const codes = Object.keys(refs.reasons).filter((k) => k.startsWith(`${kind}:`));
      const picked =
        lossType === 'NO_DECISION'
          ? ['LOST:PROJECT_CANCELLED']
          : rng.sample(
              codes.filter((c) => c !== 'LOST:PROJECT_CANCELLED'),
              rng.int(1, 2),
            );
      for (const c of picked) out.opportunityReasons.push({ opportunityId: o.id, reasonId: refs.reasons[c]! });
    }
    o.changes.forEach((c) =>
      out.tierChanges.push({
        id: ids.uuid(),
        opportunityId: o.id,
        fromTier: c.from,
        toTier: c.to,
        fromOutcome: c.fromOutcome,
        toOutcome: c.toOutcome,
        reason: c.reason,
        actorId: c.actor,
        changedAt: c.at,
      }),
    );
  }
  // board order: inside each tier column, oldest entry first
  for (const t of [4, 3, 2, 1, 0]) {
    opps
      .filter((o) => o.plan.tier === t)
      .sort((a, b) => a.lastChange.getTime() - b.lastChange.getTime())
      .forEach((o, j) => (o.row.position = (j + 1) * 1000));
  }
  out.opportunities = opps.map((o) => o.row);
  const wonAccounts = new Set(opps.filter((o) => o.plan.outcome === 'WON').map((o) => o.acc.id));
  for (const a of out.accounts) a.isKeyAccount = wonAccounts.has(a.id!);

  // ───────────── VRB reviews ─────────────
  const memberOf: Record<Domain, string> = { FINANCE: U.finance, LEGAL: U.legal, PROCUREMENT: U.procurement, TECHNOLOGY: U.tech };
  const HW_SHARE: Record<CategoryCode, number> = { SI: 0.12, SM: 0.01, CLOUD: 0.22, SECURITY: 0.25, DATA_AI: 0.15, SMART_FACTORY: 0.2 };
  const working = new Map<string, Prisma.DealEconomicsCreateManyInput>();
  const makeEconomics = (o: Opp, price: number, margin: number) => {
    const cost = price * (1 - margin);
    const hardwareCost = round(cost * HW_SHARE[o.category] * rng.float(0.8, 1.2), 1e5);
    const softwareLicenseCost = round(cost * rng.float(0.05, 0.12), 1e5);
    const subcontractCost = round(cost * rng.float(0.12, 0.22), 1e5);
    const otherCost = round(cost * 0.02, 1e5);
    const contingency = round(cost * 0.04, 1e5);
    const laborRate = rng.pick([9_500_000, 10_500_000, 11_000_000, 12_000_000]);
    const labor = Math.max(0, cost - hardwareCost - softwareLicenseCost - subcontractCost - otherCost - contingency);
    const laborPersonMonths = Math.round((labor / laborRate) * 2) / 2;
    const e = {
      contractPrice: price,
      hardwareCost,
      softwareLicenseCost,
      laborPersonMonths,
      laborRate,
      subcontractCost,
      otherCost,
      contingency,
    };
    const d = deriveEconomics(e);
    return {
      values: e,
      derived: d,
      row: {
        opportunityId: o.id,
        contractPrice: money(price),
        hardwareCost: money(hardwareCost),
        softwareLicenseCost: money(softwareLicenseCost),
        laborPersonMonths: laborPersonMonths.toFixed(1),
        laborRate: money(laborRate),
        subcontractCost: money(subcontractCost),
        otherCost: money(otherCost),
        contingency: money(contingency),
        grossProfit: money(d.grossProfit),
        marginPct: d.marginPct.toFixed(3),
        roiPct: d.roiPct.toFixed(3),
      },
    };
  };
  type Decision = { kind: 'PASS' | 'CONDITIONAL' | 'HOLD' | 'DROP'; at: Date };
  // VRB stages 1 and 2, held before the entry into Tier 3 and Tier 2 (most of the time), priced up to 8 % and 5 % over the amount
  const EARLY_STAGES = [
    { stage: 1, tier: 3, markup: 1.08 },
    { stage: 2, tier: 2, markup: 1.05 },
  ] as const;
  const addReview = (
    o: Opp,
    order: number,
    opts: {
      heldAt: Date | null;
      scheduledAt: Date;
      decisions: Decision[];
      price: number;
      margin: number;
      opinionShare?: number;
      findingsOpen?: boolean;
    },
  ) => {
    const stage = refs.stages[order]!;
    const id = ids.uuid();
    const status = opts.decisions.length ? 'DECIDED' : 'SCHEDULED';
    const econ = makeEconomics(o, opts.price, opts.margin);
    out.vrbReviews.push({
      id,
      opportunityId: o.id,
      stageId: stage.id,
      scheduledAt: opts.scheduledAt,
      heldAt: opts.heldAt,
      status,
      createdById: o.owner,
      createdAt: new Date(opts.scheduledAt.getTime() - rng.int(3, 10) * DAY),
      version: 1 + opts.decisions.length,
    });
    const updatedAt = opts.heldAt ?? new Date(opts.scheduledAt.getTime() - 2 * DAY);
    out.economics.push({
      id: ids.uuid(),
      ...econ.row,
      vrbReviewId: id,
      updatedAt: updatedAt.getTime() > anchor ? new Date(anchor - HOUR) : updatedAt,
    });
    working.set(o.id, {
      id: undefined,
      ...econ.row,
      vrbReviewId: null,
      updatedAt: updatedAt.getTime() > anchor ? new Date(anchor - HOUR) : updatedAt,
    });
    const lastKind = opts.decisions[opts.decisions.length - 1]?.kind;
    const before = opts.heldAt ?? new Date(anchor - rng.int(1, 3) * DAY); // opinions come before the meeting
    const opinionAt = new Date(Math.min(before.getTime() - rng.int(1, 3) * DAY, anchor - HOUR));
    if (status === 'DECIDED' || opts.opinionShare) {
      for (const [c, notes] of Object.entries(T.ASSESSMENT_NOTES)) {
        out.assessments.push({
          id: ids.uuid(),
          reviewId: id,
          criterion: c as Prisma.VrbAssessmentCreateManyInput['criterion'],
          score: lastKind === 'DROP' ? rng.int(1, 3) : rng.int(2, 5),
          notes: rng.chance(0.7) ? rng.pick(notes) : null,
        });
      }
    }
    const domains =
      status === 'DECIDED'
        ? stage.requiredDomains
        : rng.sample(stage.requiredDomains, Math.floor(stage.requiredDomains.length * (opts.opinionShare ?? 0)));
    for (const d of domains) {
      const stance =
        lastKind === 'DROP'
          ? rng.pick(['CONCERN', 'OPPOSE'] as const)
          : econ.derived.marginPct < MARGIN_FLOOR && d === 'FINANCE'
            ? 'CONCERN'
            : rng.weighted([
                ['SUPPORT', 4],
                ['CONCERN', 1],
              ] as const);
      out.opinions.push({
        id: ids.uuid(),
        reviewId: id,
        domain: d,
        reviewerId: memberOf[d],
        stance,
        opinion: T.OPINIONS[d][stance],
        createdAt: opinionAt,
      });
    }
    // findings: resolved when the review passed; answered/open while conditional or upcoming
    const nFindings = lastKind === 'CONDITIONAL' || lastKind === 'HOLD' || opts.findingsOpen ? rng.int(1, 2) : rng.int(0, 2);
    for (const d of rng.sample(stage.requiredDomains, nFindings)) {
      const f = rng.pick(T.FINDINGS[d]);
      const status =
        lastKind === 'PASS' || lastKind === 'DROP'
          ? 'RESOLVED'
          : lastKind === 'CONDITIONAL' || lastKind === 'HOLD'
            ? rng.pick(['OPEN', 'ANSWERED'] as const)
            : 'OPEN';
      const answeredAt = status !== 'OPEN' ? new Date(Math.min(opinionAt.getTime() + rng.int(1, 2) * DAY, anchor - HOUR)) : null;
      out.findings.push({
        id: ids.uuid(),
        reviewId: id,
        domain: d,
        raisedById: memberOf[d],
        issue: f.issue,
        severity: rng.weighted([
          ['LOW', 1],
          ['MEDIUM', 3],
          ['HIGH', 2],
          ['CRITICAL', 1],
        ] as const),
        requiredFix: f.fix,
        status,
        answer: status !== 'OPEN' ? f.answer : null,
        answeredById: status !== 'OPEN' ? o.owner : null,
        answeredAt,
        verifiedById: status === 'RESOLVED' ? memberOf[d] : null,
        resolvedAt:
          status === 'RESOLVED'
            ? new Date(Math.min((opts.decisions[opts.decisions.length - 1]?.at ?? before).getTime() - HOUR, anchor - HOUR))
            : null,
        createdAt: opinionAt,
        version: status === 'OPEN' ? 1 : status === 'ANSWERED' ? 2 : 3,
      });
    }
    for (const d of opts.decisions) {
      const low = econ.derived.marginPct < MARGIN_FLOOR;
      out.decisions.push({
        id: ids.uuid(),
        reviewId: id,
        decision: d.kind,
        decidedById: rng.chance(0.85) ? U.chair : U.exec,
        decidedAt: d.at,
        marginPct: econ.derived.marginPct.toFixed(3),
        reason: {
          PASS: '지적 사항 해소 확인, 다음 단계 진행',
          CONDITIONAL: '지적 사항 해소 조건으로 진행',
          HOLD: '원가 재산정 후 재심의',
          DROP: '수익성·리스크 기준 미달로 사업 Drop',
        }[d.kind],
        overrideReason: d.kind === 'PASS' && low ? '전략 고객 레퍼런스 확보 목적, 후속 유지보수 사업에서 수익 보전 계획 확인' : null,
      });
    }
  };
  const margin = (low = false) => (low ? rng.float(0.04, 0.09) : rng.chance(0.08) ? rng.float(0.07, 0.095) : rng.float(0.11, 0.26));
  const decisionsUntil = (held: Date, until: Date): Decision[] =>
    rng.chance(0.25)
      ? [
          { kind: rng.pick(['CONDITIONAL', 'HOLD'] as const), at: held },
          { kind: 'PASS', at: meet(held, until, 0.5) },
        ]
      : [{ kind: 'PASS', at: held }];
  /** the change that first entered tier t, and the change before it */
  const entryWindow = (o: Opp, t: number) => {
    const j = o.changes.findIndex((c) => c.to === t && c.toOutcome === 'OPEN');
    return j > 0 ? { before: o.changes[j - 1]!.at, entry: o.changes[j]!.at } : null;
  };

  for (const o of opps) {
    const { plan } = o;
    const price = o.amount ?? 0;
    if (!price) continue;
    const closeAt = plan.outcome !== 'OPEN' ? o.lastChange : null;
    // past stages, each held between the change before a tier entry and that entry
    for (const { stage, tier, markup } of EARLY_STAGES) {
      const span = entryWindow(o, tier);
      if (!span || !rng.chance(0.65)) continue;
      const held = meet(span.before, span.entry, rng.float(0.4, 0.7));
      addReview(o, stage, {
        heldAt: held,
        scheduledAt: held,
        decisions: decisionsUntil(held, span.entry),
        price: round(price * rng.float(1.0, markup), 1e7),
        margin: margin(),
      });
    }
    const s3 = entryWindow(o, 1);
    if (s3) {
      // Tier 1 needs a passed bid approval: always there, decided before the move
      const held = meet(s3.before, s3.entry, rng.float(0.4, 0.7));
      addReview(o, 3, { heldAt: held, scheduledAt: held, decisions: decisionsUntil(held, s3.entry), price, margin: margin() });
      const tier1End = closeAt ?? new Date(anchor - DAY);
      if (plan.outcome === 'WON') {
        const h4 = meet(s3.entry, closeAt!, 0.4);
        addReview(o, 4, { heldAt: h4, scheduledAt: h4, decisions: [{ kind: 'PASS', at: h4 }], price: o.contractAmount!, margin: margin() });
        const h5 = meet(h4, closeAt!, 0.6);
        addReview(o, 5, { heldAt: h5, scheduledAt: h5, decisions: [{ kind: 'PASS', at: h5 }], price: o.contractAmount!, margin: margin() });
      } else if (plan.outcome === 'OPEN' && o.row.salesProcessStep !== 'BID' && tier1End.getTime() - s3.entry.getTime() > 2 * DAY) {
        const h4 = meet(s3.entry, tier1End, 0.6);
        addReview(o, 4, {
          heldAt: h4,
          scheduledAt: h4,
          decisions: [{ kind: rng.pick(['PASS', 'CONDITIONAL'] as const), at: h4 }],
          price,
          margin: margin(),
        });
      }
    }
    if (plan.outcome === 'DROPPED') {
      // dropped by the VRB: the stage after its last open tier's entry, decided when it closed
      const order = plan.lastOpenTier === 3 ? 2 : 3;
      addReview(o, order, {
        heldAt: closeAt!,
        scheduledAt: closeAt!,
        decisions: [{ kind: 'DROP', at: closeAt! }],
        price,
        margin: margin(true),
      });
    }
    if (plan.outcome === 'OPEN') {
      const upcoming = () => at(-rng.int(2, 20), 1); // 10:00 KST on a coming day
      if (plan.tier === 2 && rng.chance(0.6)) {
        const v = rng.next();
        const entered = o.lastChange;
        if (v < 0.6)
          addReview(o, 3, {
            heldAt: null,
            scheduledAt: upcoming(),
            decisions: [],
            price,
            margin: margin(),
            opinionShare: rng.pick([0, 0.25, 0.5, 0.75]),
            findingsOpen: true,
          });
        else if (daysBefore(entered) >= 3) {
          const held = meet(entered, new Date(anchor - DAY), 0.5);
          addReview(o, 3, {
            heldAt: held,
            scheduledAt: held,
            decisions: [{ kind: v < 0.85 ? 'CONDITIONAL' : 'HOLD', at: held }],
            price,
            margin: margin(),
          });
        }
      } else if (plan.tier === 3 && rng.chance(0.35)) {
        addReview(o, 2, {
          heldAt: null,
          scheduledAt: upcoming(),
          decisions: [],
          price,
          margin: margin(),
          opinionShare: rng.pick([0, 0.34, 0.67]),
          findingsOpen: rng.chance(0.5),
        });
      } else if (plan.tier === 4 && rng.chance(0.15)) {
        addReview(o, 1, { heldAt: null, scheduledAt: upcoming(), decisions: [], price, margin: margin(), opinionShare: 0.5 });
      }
    }
  }
  for (const w of working.values()) out.economics.push({ ...w, id: ids.uuid() });

  // ───────────── payment milestones (won deals) ─────────────
  let forcedOverdue = 0;
  for (const o of opps.filter((x) => x.plan.outcome === 'WON')) {
    const total = o.contractAmount!;
    const closeK = daysBefore(o.lastChange);
    const months = rng.int(6, 18);
    const split = rng.chance(0.7) ? [0.3, 0.4, 0.3] : [0.3, 0, 0.7];
    const kinds = ['DOWN_PAYMENT', 'INTERIM', 'BALANCE'] as const;
    let allocated = 0;
    split.forEach((share, j) => {
      if (!share) return;
      const amount = j === 2 ? total - allocated : round(total * share, 1e6);
      allocated += amount;
      const dueK = closeK - [30, Math.round(months * 30.4 * 0.5), Math.round(months * 30.4)][j]!;
      const past = dueK > 0;
      const overdue = past && ((dueK <= 60 && forcedOverdue < 3) || rng.chance(0.12));
      if (overdue) forcedOverdue++;
      const collectedK = Math.max(1, dueK - rng.int(-3, 20));
      out.milestones.push({
        id: ids.uuid(),
        opportunityId: o.id,
        kind: kinds[j]!,
        sequence: 1,
        amount: money(amount),
        dueDate: dateOnly(dueK),
        collectedAt: past && !overdue ? at(collectedK) : null,
        collectedAmount: past && !overdue ? money(amount) : null,
      });
    });
  }

  // ───────────── leads, campaigns, import batches ─────────────
  const CAMPAIGNS = [
    { name: '2026 클라우드 전환 세미나', source: 'SEMINAR', batch: 0 },
    { name: '보안 뉴스레터 10월호', source: 'NEWSLETTER', batch: 1 },
    { name: 'KES 2026 전시회', source: 'BUSINESS_CARD', batch: 2 },
    { name: '제조 AI 백서 다운로드', source: 'WHITE_PAPER' },
    { name: '홈페이지 상담 신청', source: 'WEB_PAGE' },
    { name: '데이터 플랫폼 인포그래픽', source: 'INFOGRAPHIC' },
    { name: '기술 블로그 구독', source: 'BLOG' },
    { name: 'CIO 조찬 발표회', source: 'PRESENTATION' },
    { name: '스마트팩토리 고객 인터뷰(FGI)', source: 'INTERVIEW' },
    { name: '파트너 소개', source: 'OTHER' },
  ] as const;
  const BATCHES = [
    { fileName: '클라우드세미나_2026-09_참석자.xlsx', format: 'xlsx', encoding: null, k: 118 },
    { fileName: 'newsletter_2026-10.csv', format: 'csv', encoding: 'cp949', k: 52 },
    { fileName: 'KES2026_명함.csv', format: 'csv', encoding: 'utf-8', k: 19 },
  ] as const;
  const batchIds = BATCHES.map(() => ids.uuid());
  const batchLeadCount = [0, 0, 0];
  const usedKeys = new Set<string>();
  const leadCompanies = Array.from({ length: 70 }, (_, x) => {
    const [p, pr] = LEAD_COMPANY_PREFIXES[x % LEAD_COMPANY_PREFIXES.length]!;
    const [s, sr] = LEAD_COMPANY_SUFFIXES[(x * 7 + Math.floor(x / LEAD_COMPANY_PREFIXES.length)) % LEAD_COMPANY_SUFFIXES.length]!;
    return { name: p + s, domain: `${pr}-${sr}.co.kr` };
  }).filter((c, x, all) => all.findIndex((d) => d.domain === c.domain) === x);
  const LEAD_TITLES = ['대리', '과장', '차장', '부장', '팀장', '이사', '정보전략팀 과장', '전산실장'];
  const INTENTS = ['연내 RFP 발행 예정', '내년 상반기 예산 반영 검토 중', '벤치마킹 단계, 사례 자료 요청', '경영진 보고용 견적 요청'];
  const allOwnersOfLeads = [U.rep1, U.rep2];
  type LeadRow = Prisma.LeadCreateManyInput;
  const pushLead = (l: LeadRow & { dedupeKey: string }) => {
    if (usedKeys.has(l.dedupeKey)) return false;
    usedKeys.add(l.dedupeKey);
    out.leads.push(l);
    return true;
  };
  const campaignFor = (x: number) => {
    const c = CAMPAIGNS[x % CAMPAIGNS.length]!;
    const batch = 'batch' in c ? c.batch : undefined;
    return { c, batch };
  };
  const leadTime = (batch: number | undefined) =>
    batch !== undefined ? new Date(at(BATCHES[batch]!.k, 1.5).getTime() + 1000) : at(rng.int(3, 200));

  // converted leads: 70 opportunities came from a lead (its contact is the deal's first contact)
  const converted = rng.sample(opps, 70);
  converted.forEach((o, x) => {
    let contact = o.contacts.find((c) => !o.acc.usedByLead.has(c.id)) ?? o.acc.contacts.find((c) => !o.acc.usedByLead.has(c.id));
    if (!contact) contact = addContact(o.acc, rng.pick([1, 2, 4]));
    o.acc.usedByLead.add(contact.id);
    if (!o.contacts.includes(contact)) {
      out.opportunityContacts.forEach((oc) => {
        if (oc.opportunityId === o.id) oc.isPrimary = false;
      });
      out.opportunityContacts.push({ opportunityId: o.id, contactId: contact.id, isPrimary: true });
      o.contacts.unshift(contact);
      contactRows.get(contact.id)!.relationshipOwnerId ??= o.owner;
    }
    const { c } = campaignFor(x + 3); // web-form campaigns: converted leads were not bulk-imported
    const convertedAt = o.created;
    const createdAt = new Date(convertedAt.getTime() - rng.int(8, 45) * DAY);
    pushLead({
      id: ids.uuid(),
      dedupeKey: dedupeKeyOf({ email: contact.email, companyDomain: o.acc.domain, company: o.acc.name })!,
      email: contact.email,
      name: contact.name,
      company: o.acc.name,
      title: contact.title,
      phone: contact.phone,
      website: `https://www.${o.acc.domain}`,
      companyDomain: o.acc.domain,
      businessRegistrationNo: out.accounts.find((a) => a.id === o.acc.id)!.businessRegistrationNo ?? null,
      source: c.source,
      campaign: c.name,
      temperature: rng.weighted([
        ['HOT', 3],
        ['WARM', 2],
      ] as const),
      need: o.row.need ?? rng.pick(T.NEEDS[o.category]),
      intent: rng.pick(INTENTS),
      budget: o.amount ? money(round(o.amount * rng.float(0.7, 1.1), 1e7)) : null,
      status: 'CONVERTED',
      ownerId: o.owner,
      accountId: o.acc.id,
      contactId: contact.id,
      opportunityId: o.id,
      qualifiedAt: mid(createdAt, convertedAt, rng.float(0.3, 0.8)),
      convertedAt,
      createdAt,
      updatedAt: convertedAt,
      version: 3,
    });
  });

  const makeProspect = (x: number, opts: { withEmail: boolean; foreign?: boolean }) => {
    const comp = leadCompanies[x % leadCompanies.length]!;
    const p = personName('KR');
    const freeMail = rng.chance(0.12);
    const email = opts.withEmail
      ? uniqueEmail(
          freeMail ? `${p.local.replace('.', '')}${rng.int(1, 99)}` : p.local,
          freeMail ? rng.pick(['naver.com', 'gmail.com', 'daum.net']) : comp.domain,
        )
      : null;
    return { comp, p, email };
  };
  const targets = { SQL: 40, DISQUALIFIED: 40 } as const;
  let x = 0;
  const addProspect = (status: 'MQL' | 'SQL' | 'DISQUALIFIED') => {
    for (;;) {
      x++;
      const { c, batch } = campaignFor(x);
      const withEmail = status !== 'MQL' || rng.chance(0.9);
      const { comp, p, email } = makeProspect(x * 5 + rng.int(0, 4), { withEmail });
      const createdAt = leadTime(batch);
      const qualified = status === 'SQL';
      const hasPhone = qualified || rng.chance(0.55);
      const hasName = qualified || rng.chance(0.8);
      const temperature =
        status === 'DISQUALIFIED'
          ? rng.weighted([
              ['COLD', 4],
              ['WARM', 1],
            ] as const)
          : qualified
            ? rng.weighted([
                ['HOT', 2],
                ['WARM', 3],
              ] as const)
            : rng.weighted([
                ['HOT', 1],
                ['WARM', 3],
                ['COLD', 3],
              ] as const);
      const category = rng.pick(BUSINESS_CATEGORIES).code;
      const hasNeed = qualified || rng.chance(0.45);
      const key = dedupeKeyOf({ email, companyDomain: comp.domain, company: comp.name })!;
      const reasonCode = status === 'DISQUALIFIED' ? rng.pick(['NO_BUDGET', 'NO_NEED', 'COMPETITOR', 'INVALID_CONTACT', 'STUDENT']) : null;
      const ok = pushLead({
        id: ids.uuid(),
        dedupeKey: key,
        email,
        name: hasName ? p.name : null,
        company: comp.name,
        title: hasName && rng.chance(0.8) ? rng.pick(LEAD_TITLES) : null,
        phone: hasPhone ? phoneKr() : null,
        website: email ? null : `https://www.${comp.domain}`,
        companyDomain: comp.domain,
        source: c.source,
        campaign: c.name,
        temperature,
        need: hasNeed ? rng.pick(T.NEEDS[category]) : null,
        intent: qualified || rng.chance(0.3) ? rng.pick(INTENTS) : null,
        budget: qualified && rng.chance(0.6) ? money(round(rng.logUniform(3, 50) * 1e8, 1e7)) : null,
        notes: rng.chance(0.2) ? rng.pick(['세미나 후 상담 요청', '자료 추가 요청 메일 회신', '전시 부스 방문, 명함 교환']) : null,
        status,
        ownerId: qualified ? rng.pick(allOwnersOfLeads) : null,
        disqualifyReasonId: reasonCode ? refs.reasons[`DISQUALIFY:${reasonCode}`] : null,
        disqualifyNote: reasonCode
          ? {
              NO_BUDGET: '2027년까지 IT 예산 동결',
              NO_NEED: '최근 동일 시스템 도입 완료',
              COMPETITOR: '경쟁사 직원으로 확인',
              INVALID_CONTACT: '전화·메일 모두 응답 없음',
              STUDENT: '대학원 과제용 문의',
            }[reasonCode]
          : null,
        importBatchId: batch !== undefined ? batchIds[batch] : null,
        qualifiedAt: qualified ? new Date(createdAt.getTime() + rng.int(1, 10) * DAY) : null,
        createdAt,
        updatedAt: createdAt,
        version: qualified || status === 'DISQUALIFIED' ? 2 : 1,
      });
      if (ok) {
        if (batch !== undefined) batchLeadCount[batch]!++;
        return;
      }
    }
  };
  for (let n = 0; n < targets.SQL; n++) addProspect('SQL');
  for (let n = 0; n < targets.DISQUALIFIED; n++) addProspect('DISQUALIFIED');
  while (out.leads.length < 300) addProspect('MQL');
  for (const l of out.leads) if (l.qualifiedAt && (l.qualifiedAt as Date).getTime() > anchor) l.qualifiedAt = new Date(anchor - HOUR);

  const MAPPING = {
    이메일: 'email',
    이름: 'name',
    회사명: 'company',
    직함: 'title',
    전화번호: 'phone',
    온도: 'temperature',
    관심분야: 'need',
  };
  BATCHES.forEach((b, j) => {
    const failed = rng.int(2, 5);
    const skipped = rng.int(2, 6);
    const updated = rng.int(0, 3);
    const created = batchLeadCount[j]!;
    const total = created + failed + skipped + updated;
    const createdAt = at(b.k, 1.5);
    out.importBatches.push({
      id: batchIds[j],
      fileName: b.fileName,
      fileSize: total * rng.int(140, 190) + 512,
      format: b.format,
      encoding: b.encoding,
      mapping: MAPPING,
      dryRun: false,
      status: 'DONE',
      total,
      processed: total,
      created,
      updated,
      skipped,
      failed,
      createdById: U.marketer,
      createdAt,
      finishedAt: new Date(createdAt.getTime() + rng.int(2, 9) * 1000),
    });
    const rows = rng.sample(
      Array.from({ length: total }, (_, r) => r + 2),
      failed,
    );
    rows.forEach((row) => {
      const [column, message] = rng.pick([
        ['email', '이메일 형식이 올바르지 않습니다'],
        ['phone', '전화번호를 해석할 수 없습니다'],
        ['temperature', '온도 값은 핫/웜/콜드 중 하나여야 합니다'],
        [null, '이메일과 회사명이 모두 비어 있습니다'],
      ] as const);
      out.importRowErrors.push({ batchId: batchIds[j]!, row, column, message });
    });
  });

  // ───────────── activities ─────────────
  const tierAt = (o: Opp, t: Date) => {
    let cur: Change | undefined;
    for (const c of o.changes) if (c.at.getTime() <= t.getTime()) cur = c;
    return cur;
  };
  const ACTIVITY_BODY = [
    '참석: 고객 3명, 당사 2명. 다음 미팅에서 일정 재확인하기로 함.',
    '고객이 유사 사례 자료를 요청, 이번 주 내 송부.',
    '예산은 상반기 중 확정 예정이라고 함.',
    null,
  ];
  for (const o of opps) {
    const endK = o.plan.outcome === 'OPEN' ? 1 : daysBefore(o.lastChange);
    const startK = daysBefore(o.created);
    const n = rng.int(2, 6);
    for (let j = 0; j < n; j++) {
      const when = at(rng.int(Math.min(endK, startK), startK));
      if (when.getTime() < o.created.getTime()) continue;
      const state = tierAt(o, when);
      const tier = state ? (state.to > 0 ? state.to : (state.from ?? 4)) : 4;
      out.activities.push({
        id: ids.uuid(),
        type: rng.weighted([
          ['MEETING', 4],
          ['CALL', 3],
          ['EMAIL', 2],
          ['NOTE', 1],
          ['TASK', 1],
        ] as const),
        subject: rng.pick(T.ACTIVITY_SUBJECTS[tier]!),
        body: rng.pick(ACTIVITY_BODY),
        occurredAt: when,
        opportunityId: o.id,
        accountId: o.acc.id,
        actorId: o.owner,
        createdAt: when,
      });
    }
    if (o.plan.outcome === 'WON' || o.plan.outcome === 'LOST') {
      out.activities.push({
        id: ids.uuid(),
        type: 'MEETING',
        subject: o.plan.outcome === 'WON' ? '계약 체결' : '실주 결과 통보 및 디브리핑',
        body: null,
        occurredAt: o.lastChange,
        opportunityId: o.id,
        accountId: o.acc.id,
        actorId: o.owner,
        createdAt: o.lastChange,
      });
    }
  }
  for (const l of out.leads.filter((y) => y.status === 'SQL' || (y.status === 'MQL' && rng.chance(0.1)))) {
    const when = new Date(Math.min((l.createdAt as Date).getTime() + rng.int(1, 6) * DAY, anchor - HOUR));
    out.activities.push({
      id: ids.uuid(),
      type: rng.pick(['CALL', 'EMAIL'] as const),
      subject: rng.pick(['자료 송부 후 후속 통화', '세미나 참석 감사 메일', '니즈 확인 통화']),
      body: null,
      occurredAt: when,
      leadId: l.id,
      actorId: l.ownerId ?? U.marketer,
      createdAt: when,
    });
  }

  // ───────────── postmortems (blameless: attendees, no one to blame) ─────────────
  const closedOld = (outcome: Outcome) => opps.filter((o) => o.plan.outcome === outcome && daysBefore(o.lastChange) >= 12);
  const lostToCompetitor = closedOld('LOST').filter((o) => o.row.lossType === 'COMPETITOR');
  const chosen = [
    ...closedOld('WON').slice(0, 2),
    ...lostToCompetitor.slice(0, 2),
    ...closedOld('LOST')
      .filter((o) => o.row.lossType === 'NO_DECISION')
      .slice(0, 1),
    ...closedOld('DROPPED').slice(0, 1),
  ];
  const PM_TEXT: Record<string, { summary: string; happened: string; well: string; wrong: string; causes: (keyof typeof T.LESSONS)[] }> = {
    WON: {
      summary: '기술평가 1위로 수주. 의사결정자 조기 접점과 고객 데이터 기반 데모가 주효했다.',
      happened: 'Tier 3 단계에서 CIO 면담을 확보했고, VRB 2단계에서 원가 구조를 확정해 가격 제안이 흔들리지 않았다.',
      well: '고객 샘플 데이터로 진행한 데모, 조기 원가 확정',
      wrong: '법무 지적 사항 해소가 제안 직전까지 늦어짐',
      causes: ['SOLUTION_FIT', 'INTERNAL_PROCESS'],
    },
    LOST: {
      summary: '가격평가에서 밀려 실주. 기술평가는 근소하게 앞섰다.',
      happened: '경쟁사가 추정가격 대비 낮은 금액을 제출했다. 우리는 협력사 견적 변동으로 가격 전략을 제안 직전에 변경했다.',
      well: '기술 제안서 완성도, 발표 준비',
      wrong: '원가 확정 지연, 의사결정자 접점 부족',
      causes: ['PRICE', 'RELATIONSHIP'],
    },
    NO_DECISION: {
      summary: '고객이 사업을 무기한 연기해 종료.',
      happened: '고객 예산이 다음 회계연도로 이월되면서 발주가 취소됐다.',
      well: '고객과의 관계는 유지됨',
      wrong: '예산 확정 시기를 늦게 확인함',
      causes: ['TIMING'],
    },
    DROPPED: {
      summary: 'VRB에서 수익성·리스크 기준 미달로 Drop.',
      happened: '무제한 지체상금 조항과 낮은 마진으로 VRB가 Drop을 결정했다.',
      well: 'VRB 단계에서 조기에 위험을 식별',
      wrong: 'RFP 사전규격 단계에서 계약 조건을 질의하지 않음',
      causes: ['REQUIREMENT_UNDERSTANDING', 'INTERNAL_PROCESS'],
    },
  };
  chosen.forEach((o, j) => {
    const key = o.plan.outcome === 'LOST' && o.row.lossType === 'NO_DECISION' ? 'NO_DECISION' : o.plan.outcome;
    const text = PM_TEXT[key]!;
    const draft = j === chosen.length - 1;
    const heldAt = draft ? null : new Date(Math.min(o.lastChange.getTime() + rng.int(5, 10) * DAY, anchor - DAY));
    const id = ids.uuid();
    const winner = key === 'LOST' ? (o.row.lostToCompetitorId ?? null) : null;
    out.postmortems.push({
      id,
      opportunityId: o.id,
      status: draft ? 'DRAFT' : 'PUBLISHED',
      summary: text.summary,
      whatHappened: text.happened,
      whatWentWell: text.well,
      whatWentWrong: text.wrong,
      rootCauses: text.causes,
      winningCompetitorId: winner,
      priceGapPct: winner ? rng.float(3, 9).toFixed(3) : null,
      heldAt,
      createdById: o.owner,
      createdAt: new Date(o.lastChange.getTime() + 2 * DAY),
      updatedAt: heldAt ?? new Date(o.lastChange.getTime() + 3 * DAY),
      version: draft ? 1 : 2,
    });
    for (const u of new Set([o.owner, U.manager, U.chair, rng.pick([U.finance, U.tech])]))
      out.attendees.push({ postmortemId: id, userId: u });
    for (const cause of text.causes) {
      const l = T.LESSONS[cause];
      out.lessons.push({
        id: ids.uuid(),
        postmortemId: id,
        title: l.title,
        body: l.body,
        category: cause,
        accountId: o.acc.id,
        competitorId: winner ?? refs.competitors[o.competitors[0]!] ?? null,
        businessCategoryId: refs.categories[o.category],
        createdAt: heldAt ?? new Date(o.lastChange.getTime() + 2 * DAY),
      });
    }
    const items = [
      { title: '원가 검토 체크리스트에 협력사 견적 확정일 추가', owner: U.manager },
      { title: '파워맵 의사결정자 면담 여부를 주간 티어 리뷰 항목에 추가', owner: o.owner },
      { title: '계약 조건 사전 질의 템플릿 작성', owner: U.legal },
    ];
    for (const it of rng.sample(items, 2)) {
      const dueK = heldAt ? daysBefore(heldAt) - rng.int(14, 40) : -rng.int(10, 30);
      out.actionItems.push({
        id: ids.uuid(),
        postmortemId: id,
        title: it.title,
        ownerId: it.owner,
        dueDate: dateOnly(dueK),
        doneAt: dueK > 3 && rng.chance(0.6) ? at(dueK + rng.int(1, 3)) : null,
      });
    }
  });

  // ───────────── two weekly tier reviews ─────────────
  // held on Monday mornings (10:00 KST): the last two Mondays before the anchor
  const dow = new Date(anchor).getUTCDay(); // anchor is 09:00 KST of its day
  const lastMonday = anchor - ((dow + 6) % 7 || 7) * DAY + HOUR;
  const reviewTimes = [lastMonday - 7 * DAY, lastMonday];
  let previous: { id: string; items: Map<string, number> } | null = null;
  for (const [ri, asOfMs] of reviewTimes.entries()) {
    const asOf = new Date(asOfMs);
    const id = ids.uuid();
    const kst = new Date(asOfMs + 9 * HOUR);
    const week = Math.floor((kst.getUTCDate() - 1) / 7) + 1;
    out.tierReviews.push({
      id,
      period: 'WEEKLY',
      title: `${kst.getUTCFullYear()}년 ${kst.getUTCMonth() + 1}월 ${week}주차 주간 티어 리뷰`,
      asOf,
      previousId: previous?.id ?? null,
      startedById: U.manager,
      closedAt: new Date(asOfMs + 2 * HOUR),
      createdAt: asOf,
    });
    const items = new Map<string, number>();
    const nextAsOf = new Date(reviewTimes[ri + 1] ?? anchor);
    for (const o of opps) {
      const state = tierAt(o, asOf);
      if (!state || state.toOutcome !== 'OPEN') continue;
      items.set(o.id, state.to);
      // what the meeting decided, consistent with what happened next
      const after = o.changes.find((c) => c.at.getTime() > asOf.getTime());
      const decision =
        !after || after.at.getTime() > nextAsOf.getTime() + 14 * DAY
          ? (asOfMs - state.at.getTime()) / DAY > DEMO_STALL_DAYS[state.to]!
            ? 'HOLD'
            : 'ADVANCE'
          : after.toOutcome === 'DROPPED' || after.toOutcome === 'NO_BID'
            ? 'DROP'
            : after.to > after.from! && after.to !== 0
              ? 'DOWNGRADE'
              : 'ADVANCE';
      out.tierReviewItems.push({
        id: ids.uuid(),
        reviewId: id,
        opportunityId: o.id,
        ownerId: o.owner,
        previousTier: previous?.items.get(o.id) ?? null,
        currentTier: state.to,
        outcome: 'OPEN',
        amount: o.row.amount ?? null,
        decision,
        reason:
          decision === 'HOLD'
            ? '고객 내부 일정 대기, 다음 리뷰에서 재확인'
            : decision === 'DOWNGRADE'
              ? '의사결정자 변경으로 재검증 필요'
              : decision === 'DROP'
                ? '수익성·리스크 검토 결과 추진 중단'
                : null,
        nextStep: T.NEXT_STEPS[state.to]![rng.int(0, 3)]!,
        nextStepDueDate: dateOnly(daysBefore(asOf) - rng.int(3, 14)),
        decidedById: U.manager,
        decidedAt: new Date(asOfMs + HOUR),
      });
    }
    previous = { id, items };
  }
  return out;
}

export { DEMO_USERS, VRB_STAGES };
export type { Rng };
