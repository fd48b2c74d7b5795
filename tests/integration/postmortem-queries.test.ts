import { describe, expect, test } from 'vitest';
import { db } from '@/lib/db/client';
import {
  getPostmortemRecord,
  lessonFilterOptions,
  listPendingPostmortems,
  listPostmortems,
  lossReasonsByMonth,
  searchLessons,
  winLossCounts,
} from '@/lib/db/queries/postmortems';
import { assembleTimeline, lossReasonMatrix, winRates } from '@/lib/domain/postmortems';
import { createAccount, createOpportunity, createUser } from '../factories';

type Closed = 'WON' | 'LOST' | 'NO_BID' | 'DROPPED';
async function closed(ownerId: string, outcome: Closed, closedAt: string, extra: Record<string, unknown> = {}, accountId?: string) {
  const o = await createOpportunity({ ownerId, accountId, tier: 0, outcome, amount: '100000000' });
  return db.opportunity.update({ where: { id: o.id }, data: { closedAt: new Date(closedAt), lastOpenTier: 1, ...extra } });
}

describe('listPendingPostmortems', () => {
  test('won, lost and dropped deals without a published postmortem, oldest first; drafts carry their id; open, no-bid and published excluded', async () => {
    const rep = await createUser();
    const none = await closed(rep.id, 'LOST', '2026-10-01T00:00:00Z');
    const draft = await closed(rep.id, 'WON', '2026-11-20T00:00:00Z');
    const published = await closed(rep.id, 'DROPPED', '2026-09-01T00:00:00Z');
    const noBid = await closed(rep.id, 'NO_BID', '2026-11-01T00:00:00Z');
    await createOpportunity({ ownerId: rep.id, tier: 2 });
    const d = await db.postmortem.create({ data: { opportunityId: draft.id, createdById: rep.id } });
    await db.postmortem.create({ data: { opportunityId: published.id, createdById: rep.id, status: 'PUBLISHED' } });

    const { rows, total } = await listPendingPostmortems(db);
    expect(total).toBe(2);
    expect(rows.map((r) => [r.opportunityId, r.outcome, r.postmortemId])).toEqual([
      [none.id, 'LOST', null],
      [draft.id, 'WON', d.id],
    ]);
    expect(rows.map((r) => r.opportunityId)).not.toContain(noBid.id);
    expect(rows[0]!.closedAt.toISOString()).toBe('2026-10-01T00:00:00.000Z');
  });

  test('the limit keeps the oldest and still reports the total', async () => {
    const rep = await createUser();
    const a = await closed(rep.id, 'LOST', '2026-01-01T00:00:00Z');
    await closed(rep.id, 'LOST', '2026-02-01T00:00:00Z');
    await closed(rep.id, 'LOST', '2026-03-01T00:00:00Z');
    const r = await listPendingPostmortems(db, { limit: 1 });
    expect(r.total).toBe(3);
    expect(r.rows.map((x) => x.opportunityId)).toEqual([a.id]);
  });

  test('empty database → no rows, total 0', async () => {
    expect(await listPendingPostmortems(db)).toEqual({ rows: [], total: 0 });
  });
});

describe('listPostmortems', () => {
  test('by status, with lesson and open action counts', async () => {
    const rep = await createUser();
    const o1 = await closed(rep.id, 'LOST', '2026-10-01T00:00:00Z');
    const o2 = await closed(rep.id, 'WON', '2026-10-02T00:00:00Z');
    const p1 = await db.postmortem.create({
      data: {
        opportunityId: o1.id,
        createdById: rep.id,
        status: 'PUBLISHED',
        rootCauses: ['PRICE', 'TIMING'],
        summary: '가격 차이로 실주',
      },
    });
    await db.postmortem.create({ data: { opportunityId: o2.id, createdById: rep.id } });
    await db.lesson.createMany({
      data: [
        { postmortemId: p1.id, title: 'a', body: 'b', category: 'PRICE' },
        { postmortemId: p1.id, title: 'c', body: 'd', category: 'TIMING' },
      ],
    });
    await db.actionItem.createMany({
      data: [
        { postmortemId: p1.id, title: 'x' },
        { postmortemId: p1.id, title: 'y', doneAt: new Date() },
      ],
    });

    const pub = await listPostmortems(db, 'PUBLISHED');
    expect(pub).toHaveLength(1);
    expect(pub[0]).toMatchObject({
      id: p1.id,
      opportunityId: o1.id,
      outcome: 'LOST',
      rootCauses: ['PRICE', 'TIMING'],
      lessonCount: 2,
      openActionCount: 1,
      summary: '가격 차이로 실주',
    });
    expect((await listPostmortems(db, 'DRAFT')).map((r) => r.opportunityId)).toEqual([o2.id]);
  });
});

describe('getPostmortemRecord', () => {
  test('the record, attendees, lessons, action items and the three timeline sources; no deal owner anywhere', async () => {
    const owner = await createUser({ name: '담당영업 김철수' });
    const attendee = await createUser({ name: '참석자 이영희' });
    const comp = await db.competitor.create({ data: { name: '경쟁사A' } });
    const opp = await closed(owner.id, 'LOST', '2026-10-10T00:00:00Z', { lostToCompetitorId: comp.id });
    const stage = await db.vrbStage.create({ data: { order: 3, code: 'BID_GATE', nameKo: '입찰 심의', nameEn: 'Bid gate' } });
    const review = await db.vrbReview.create({
      data: { opportunityId: opp.id, stageId: stage.id, scheduledAt: new Date('2026-09-01T00:00:00Z'), createdById: attendee.id },
    });
    await db.vrbDecision.create({
      data: { reviewId: review.id, decision: 'PASS', decidedById: attendee.id, decidedAt: new Date('2026-09-02T00:00:00Z') },
    });
    await db.activity.create({
      data: { type: 'MEETING', subject: '발주처 미팅', occurredAt: new Date('2026-08-15T00:00:00Z'), opportunityId: opp.id },
    });
    await db.tierChange.create({
      data: { opportunityId: opp.id, fromTier: 1, toTier: 0, toOutcome: 'LOST', changedAt: new Date('2026-10-10T00:00:00Z') },
    });
    const pm = await db.postmortem.create({
      data: {
        opportunityId: opp.id,
        createdById: attendee.id,
        status: 'PUBLISHED',
        rootCauses: ['PRICE'],
        winningCompetitorId: comp.id,
        priceGapPct: '7.5',
        attendees: { create: [{ userId: attendee.id }] },
        lessons: { create: [{ title: '가격 조기 확인', body: '예산을 먼저 확인한다', category: 'PRICE', competitorId: comp.id }] },
        actionItems: { create: [{ title: '가격 전략 점검', ownerId: attendee.id, dueDate: new Date('2026-12-01') }] },
      },
    });

    const r = await getPostmortemRecord(db, pm.id, 'ko');
    expect(r).not.toBeNull();
    expect(r!.attendees.map((a) => a.user.name)).toEqual(['참석자 이영희']);
    expect(r!.winningCompetitor?.name).toBe('경쟁사A');
    expect(r!.priceGapPct?.toString()).toBe('7.5');
    expect(r!.lessons.map((l) => [l.title, l.category, l.competitor?.name])).toEqual([['가격 조기 확인', 'PRICE', '경쟁사A']]);
    expect(r!.actionItems.map((a) => [a.title, a.owner?.name, a.doneAt])).toEqual([['가격 전략 점검', '참석자 이영희', null]]);
    const timeline = assembleTimeline(r!.timeline.tier, r!.timeline.vrb, r!.timeline.activities);
    // factory creation row (now) sorts last; the seeded history is in date order
    expect(timeline.slice(0, 3).map((e) => e.kind)).toEqual(['activity', 'vrb', 'tier']);
    expect(timeline.find((e) => e.kind === 'vrb')).toMatchObject({ decision: 'PASS', stageName: '입찰 심의' });
    expect(timeline).toHaveLength(4);
    // blameless: the deal owner is not part of what the record loads
    expect(JSON.stringify(r)).not.toContain('담당영업 김철수');
  });

  test('unknown id → null', async () => {
    expect(await getPostmortemRecord(db, '00000000-0000-4000-8000-000000000000', 'ko')).toBeNull();
  });
});

describe('searchLessons', () => {
  async function seedLessons() {
    const acme = await createAccount({ name: '한빛전자' });
    const other = await createAccount({ name: '가나물류' });
    const comp = await db.competitor.create({ data: { name: 'MegaSoft' } });
    // lessons come from postmortems: only a PUBLISHED one's are searchable, a draft's never
    const writer = await createUser();
    const pub = await db.postmortem.create({
      data: { opportunityId: (await createOpportunity({ ownerId: writer.id })).id, createdById: writer.id, status: 'PUBLISHED' },
    });
    const draft = await db.postmortem.create({
      data: { opportunityId: (await createOpportunity({ ownerId: writer.id })).id, createdById: writer.id },
    });
    const postmortemId = pub.id;
    await db.lesson.create({
      data: { title: '초안의 가격 교훈', body: '예산 100% workshop', category: 'PRICE', competitorId: comp.id, postmortemId: draft.id },
    });
    await db.lesson.create({
      data: {
        postmortemId,
        title: '가격 제안은 예산 확인 후',
        body: '발주처 예산을 먼저 확인한다',
        category: 'PRICE',
        accountId: acme.id,
        competitorId: comp.id,
        createdAt: new Date('2026-01-01'),
      },
    });
    await db.lesson.create({
      data: {
        postmortemId,
        title: 'Pricing review early',
        body: 'Run the VRB price check before the bid, margin 100% visible',
        category: 'PRICE',
        accountId: other.id,
        createdAt: new Date('2026-02-01'),
      },
    });
    await db.lesson.create({
      data: {
        postmortemId,
        title: '요구사항 워크숍',
        body: 'Hold a requirements workshop',
        category: 'REQUIREMENT_UNDERSTANDING',
        competitorId: comp.id,
        createdAt: new Date('2026-03-01'),
      },
    });
    return { acme, other, comp };
  }

  test.each([
    [{}, ['요구사항 워크숍', 'Pricing review early', '가격 제안은 예산 확인 후']],
    [{ q: '예산' }, ['가격 제안은 예산 확인 후']],
    [{ q: 'PRICING' }, ['Pricing review early']],
    [{ q: 'workshop' }, ['요구사항 워크숍']],
    [{ q: '100%' }, ['Pricing review early']],
    [{ q: '%' }, ['Pricing review early']],
    [{ q: '_' }, []],
    [{ q: '없는 단어' }, []],
    [{ category: 'PRICE' as const }, ['Pricing review early', '가격 제안은 예산 확인 후']],
  ])('search %j', async (opts, titles) => {
    await seedLessons();
    expect((await searchLessons(db, opts, 'ko')).map((l) => l.title)).toEqual(titles);
  });

  test('customer and competitor filters combine with the text search; tags come back', async () => {
    const { acme, comp } = await seedLessons();
    expect((await searchLessons(db, { accountId: acme.id }, 'ko')).map((l) => l.title)).toEqual(['가격 제안은 예산 확인 후']);
    expect((await searchLessons(db, { competitorId: comp.id }, 'ko')).map((l) => l.title)).toEqual([
      '요구사항 워크숍',
      '가격 제안은 예산 확인 후',
    ]);
    const [hit] = await searchLessons(db, { competitorId: comp.id, q: '가격' }, 'ko');
    expect(hit).toMatchObject({ accountName: '한빛전자', competitorName: 'MegaSoft', category: 'PRICE' });
    const opts = await lessonFilterOptions(db);
    expect(opts.accounts.map((a) => a.name)).toEqual(['가나물류', '한빛전자']);
    expect(opts.competitors.map((c) => c.name)).toEqual(['MegaSoft']);
  });
});

describe('win-loss', () => {
  test('win rate by category, region, competitor (listed or lost-to, counted once) and tier of entry; period filter', async () => {
    const rep = await createUser();
    const it = await db.businessCategory.create({ data: { code: 'IT', nameKo: 'IT 서비스', nameEn: 'IT services' } });
    const sr = await db.salesRegion.create({ data: { code: 'CAP', nameKo: '수도권', nameEn: 'Capital area', scope: 'DOMESTIC' } });
    const megasoft = await db.competitor.create({ data: { name: 'MegaSoft' } });
    const won1 = await closed(rep.id, 'WON', '2026-10-01T00:00:00Z', { businessCategoryId: it.id, salesRegionId: sr.id });
    const lost1 = await closed(rep.id, 'LOST', '2026-10-02T00:00:00Z', {
      businessCategoryId: it.id,
      salesRegionId: sr.id,
      lostToCompetitorId: megasoft.id,
    });
    const won2 = await closed(rep.id, 'WON', '2026-10-03T00:00:00Z', { regionScope: 'OVERSEAS' });
    await closed(rep.id, 'NO_BID', '2026-10-04T00:00:00Z', { businessCategoryId: it.id });
    await closed(rep.id, 'LOST', '2025-01-01T00:00:00Z', { businessCategoryId: it.id }); // before the period
    await createOpportunity({ ownerId: rep.id, tier: 3 }); // open: never counted
    // listed competitor on both a won and a lost deal; the lost one is also lost-to (one count)
    await db.opportunityCompetitor.createMany({
      data: [
        { opportunityId: won1.id, competitorId: megasoft.id },
        { opportunityId: lost1.id, competitorId: megasoft.id },
      ],
    });
    // won2 entered at Tier 3: an earlier first change than the factory's Tier 0 row (written now)
    await db.tierChange.create({
      data: { opportunityId: won2.id, fromTier: null, toTier: 3, toOutcome: 'OPEN', changedAt: new Date('2026-01-01T00:00:00Z') },
    });

    const c = await winLossCounts(db, new Date('2026-01-01T00:00:00+09:00'), 'en');
    expect(winRates(c.category).map((r) => [r.label, r.won, r.lost, r.other, r.winRate])).toEqual([
      ['IT services', 1, 1, 1, 0.5],
      ['', 1, 0, 0, 1],
    ]);
    expect(winRates(c.region).map((r) => [r.key.startsWith('scope:') ? r.key : r.label, r.won, r.lost])).toEqual([
      ['Capital area', 1, 1],
      ['scope:OVERSEAS', 1, 0],
      ['scope:DOMESTIC', 0, 0],
    ]);
    expect(winRates(c.competitor).map((r) => [r.label, r.won, r.lost, r.winRate])).toEqual([['MegaSoft', 1, 1, 0.5]]);
    expect(
      winRates(c.entryTier)
        .map((r) => [r.key, r.won, r.lost, r.other])
        .sort(),
    ).toEqual([
      ['0', 1, 1, 1],
      ['3', 1, 0, 0],
    ]);
  });

  test('loss reasons per Korean month: a loss at 00:30 KST on 1 Nov counts for November; only LOST reasons of lost deals', async () => {
    const rep = await createUser();
    const price = await db.reason.create({ data: { kind: 'LOST', code: 'PRICE', labelKo: '가격', labelEn: 'Price' } });
    const fit = await db.reason.create({ data: { kind: 'LOST', code: 'FIT', labelKo: '적합성', labelEn: 'Fit' } });
    const wonReason = await db.reason.create({ data: { kind: 'WON', code: 'REL', labelKo: '관계', labelEn: 'Relationship' } });
    const a = await closed(rep.id, 'LOST', '2026-10-31T15:30:00Z'); // 2026-11-01 00:30 KST
    const b = await closed(rep.id, 'LOST', '2026-10-15T00:00:00Z');
    const w = await closed(rep.id, 'WON', '2026-10-20T00:00:00Z');
    await db.opportunityReason.createMany({
      data: [
        { opportunityId: a.id, reasonId: price.id },
        { opportunityId: b.id, reasonId: price.id },
        { opportunityId: b.id, reasonId: fit.id },
        { opportunityId: w.id, reasonId: wonReason.id },
      ],
    });
    const rows = await lossReasonsByMonth(db, new Date('2026-09-01T00:00:00+09:00'), 'ko');
    const m = lossReasonMatrix(rows, '2026-09', '2026-11');
    expect(m.reasons.map((r) => [r.label, r.counts])).toEqual([
      ['가격', [0, 1, 1]],
      ['적합성', [0, 1, 0]],
    ]);
  });
});
