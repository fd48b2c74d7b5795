import { describe, expect, it } from 'vitest';
import { createExpertBodySchema, listExpertsQuerySchema, updateExpertBodySchema } from '@/lib/validation/experts';
import { ratesByCategory } from '@/lib/domain/reports/rates';
import { expertRecord, expertRecordOf, expertKindOf } from './expert-record';

const deals = (...outcomes: string[]) => outcomes.map((outcome) => ({ outcome }));

describe('expertRecord (수주율 over the closed deals an expert helped)', () => {
  it.each([
    [deals(), { deals: 0, open: 0, won: 0, lost: 0, other: 0, winRate: null }],
    [deals('OPEN', 'OPEN'), { deals: 2, open: 2, won: 0, lost: 0, other: 0, winRate: null }], // nothing closed: "–", not 0%
    [deals('WON'), { deals: 1, open: 0, won: 1, lost: 0, other: 0, winRate: 1 }],
    [deals('LOST'), { deals: 1, open: 0, won: 0, lost: 1, other: 0, winRate: 0 }],
    [deals('WON', 'LOST', 'LOST', 'OPEN'), { deals: 4, open: 1, won: 1, lost: 2, other: 0, winRate: 1 / 3 }],
    // dropped and no-bid deals are in neither term (as on the dashboard)
    [deals('WON', 'DROPPED', 'NO_BID', 'LOST'), { deals: 4, open: 0, won: 1, lost: 1, other: 2, winRate: 0.5 }],
    [deals('DROPPED', 'NO_BID'), { deals: 2, open: 0, won: 0, lost: 0, other: 2, winRate: null }],
  ] as const)('%j → %j', (input, expected) => {
    expect(expertRecord(input)).toEqual(expected);
  });

  it('is the dashboard formula: won ÷ (won + lost)', () => {
    const input = deals('WON', 'WON', 'LOST', 'DROPPED', 'OPEN', 'WON', 'LOST');
    const [dash] = ratesByCategory([{ key: null, won: 3, lost: 2, noBid: 0 }]);
    expect(expertRecord(input).winRate).toBe(dash!.winRate);
  });

  it('from counts (the list query) equals from deals (the profile)', () => {
    expect(expertRecordOf({ ...{ id: 'x', name: 'row' }, open: 1, won: 2, lost: 1, other: 1 } as never)).toEqual(
      expertRecord(deals('OPEN', 'WON', 'WON', 'LOST', 'NO_BID')),
    );
  });

  it('kind', () => {
    expect(expertKindOf({ internal: true })).toBe('INTERNAL');
    expect(expertKindOf({ internal: false })).toBe('EXTERNAL');
  });
});

describe('expert input validation', () => {
  const ok = { name: '김전문', field: '클라우드 보안' };
  const issuePaths = (r: { success: boolean; error?: { issues: { path: PropertyKey[] }[] } }) =>
    r.success ? [] : r.error!.issues.map((i) => i.path.join('.'));

  it('accepts a minimal external expert; blank optional fields become null', () => {
    const r = createExpertBodySchema.parse({ ...ok, organization: ' ', email: '', phone: '', notes: '' });
    expect(r).toMatchObject({ name: '김전문', internal: false, organization: null, email: null, phone: null, notes: null });
  });

  it.each([
    [{ ...ok, name: '  ' }, 'name'],
    [{ field: 'x' }, 'name'],
    [{ ...ok, field: '' }, 'field'],
    [{ ...ok, name: 'a'.repeat(121) }, 'name'],
    [{ ...ok, field: 'a'.repeat(101) }, 'field'],
    [{ ...ok, organization: 'a'.repeat(201) }, 'organization'],
    [{ ...ok, notes: 'a'.repeat(4001) }, 'notes'],
    [{ ...ok, name: 'a\u0000b' }, 'name'],
    [{ ...ok, notes: 'x\u0000' }, 'notes'],
    [{ ...ok, email: 'not-an-email' }, 'email'],
    [{ ...ok, phone: '010-1234-ABCD' }, 'phone'],
    [{ ...ok, userId: 'nope' }, 'userId'],
    [{ ...ok, extra: 1 }, ''],
  ])('%j → refused at %s', (input, path) => {
    const r = createExpertBodySchema.safeParse(input);
    expect(r.success).toBe(false);
    expect(issuePaths(r)).toContain(path);
  });

  it('PATCH needs the version; fields are optional', () => {
    expect(updateExpertBodySchema.safeParse({ name: 'x' }).success).toBe(false);
    expect(updateExpertBodySchema.parse({ version: 2, phone: '010 1234 5678' })).toEqual({ version: 2, phone: '010 1234 5678' });
    expect(issuePaths(updateExpertBodySchema.safeParse({ version: 1, field: '' }))).toContain('field');
  });

  it('list query: kind and limit', () => {
    expect(listExpertsQuerySchema.parse({ kind: 'INTERNAL' })).toEqual({ kind: 'INTERNAL', limit: 200 });
    expect(listExpertsQuerySchema.safeParse({ kind: 'BOTH' }).success).toBe(false);
  });
});
