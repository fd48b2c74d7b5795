import { describe, expect, test } from 'vitest';
import { canTransition, isQualified, missingCriteria, qualificationChecklist, type QualificationInput } from './qualification';

const all = { requirePhone: true, requireCompany: true, requireContactName: true, excludeCold: true, requireNeedIntentOrBudget: true };
const none = {
  requirePhone: false,
  requireCompany: false,
  requireContactName: false,
  excludeCold: false,
  requireNeedIntentOrBudget: false,
};
const full: QualificationInput = {
  phone: '+821012345678',
  company: '삼성',
  name: '김철수',
  temperature: 'HOT',
  need: 'ERP',
  intent: null,
  budget: null,
};

describe('qualificationChecklist', () => {
  test.each([
    ['everything present', full, all, []],
    ['no phone', { ...full, phone: null }, all, ['phone']],
    ['cold', { ...full, temperature: 'COLD' as const }, all, ['notCold']],
    ['no need/intent/budget', { ...full, need: null }, all, ['needIntentOrBudget']],
    ['budget alone is enough', { ...full, need: null, budget: '120000000' }, all, []],
    ['zero budget is not a budget', { ...full, need: null, budget: '0' }, all, ['needIntentOrBudget']],
    ['intent alone is enough', { ...full, need: '  ', intent: '연내 도입' }, all, []],
    [
      'only email',
      { phone: null, company: null, name: null, temperature: null, need: null, intent: null, budget: null },
      all,
      ['phone', 'company', 'contactName', 'needIntentOrBudget'],
    ],
    [
      'rules off',
      { phone: null, company: null, name: null, temperature: 'COLD' as const, need: null, intent: null, budget: null },
      none,
      [],
    ],
    ['only phone rule', { ...full, phone: '' }, { ...none, requirePhone: true }, ['phone']],
  ])('%s', (_label, lead, rules, missing) => {
    const c = qualificationChecklist(lead, rules);
    expect(missingCriteria(c)).toEqual(missing);
    expect(isQualified(c)).toBe(missing.length === 0);
  });
});

describe('status transitions move forward only', () => {
  test.each([
    ['MQL', 'SQL', true],
    ['MQL', 'DISQUALIFIED', true],
    ['SQL', 'CONVERTED', true],
    ['SQL', 'DISQUALIFIED', true],
    ['MQL', 'CONVERTED', false],
    ['SQL', 'MQL', false],
    ['CONVERTED', 'SQL', false],
    ['CONVERTED', 'DISQUALIFIED', false],
    ['DISQUALIFIED', 'MQL', false],
    ['DISQUALIFIED', 'SQL', false],
    ['SQL', 'SQL', false],
  ] as const)('%s → %s: %s', (from, to, want) => expect(canTransition(from, to)).toBe(want));
});
