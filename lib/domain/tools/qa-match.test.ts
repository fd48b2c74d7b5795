import { describe, expect, it } from 'vitest';
import { qaEntryFitsDeal } from './qa-match';

describe('qaEntryFitsDeal (예상 질문: need type in the deal need, industry open or equal)', () => {
  it.each([
    ['클라우드 전환', null, '전사 클라우드 전환 검토', '제조', true],
    ['클라우드 전환', '제조', '전사 클라우드전환 검토', '제조', true], // spaces aside
    ['클라우드 전환', '제조', '전사 클라우드 전환', '금융', false], // other industry
    ['클라우드 전환', '제조', '전사 클라우드 전환', null, false], // deal industry unknown, entry specific
    ['보안', null, '클라우드 전환', '제조', false], // other need
    ['보안', null, null, '제조', false], // no need stated
    ['AI', 'Finance', '생성형 ai 도입', 'finance', true], // case aside
    ['ＡＩ', null, 'AI 도입', null, true], // width aside
    ['보안', '  ', '보안 강화', '공공', true], // blank industry = any
  ] as const)('%s / %s vs need "%s" in %s → %s', (needType, industry, need, dealIndustry, fits) => {
    expect(qaEntryFitsDeal({ needType, industry }, { need, industry: dealIndustry })).toBe(fits);
  });
});
