// VRB non-financial assessment (SPEC §4): six criteria scored 1–5 with a note — by the rep before
// the review and by committee members during it. Every score reads "5 = best for us": a 5 on
// technical risk means the risk is low. The weighted score is the weight-averaged mean of each
// criterion's mean over its scorers, on the same 1–5 scale, rounded to 2 decimals.

import { err, ok, type Result } from '../result';

export const ASSESSMENT_CRITERIA = [
  'CUSTOMER_NEGOTIATION_POWER',
  'SALES_CAPABILITY',
  'COMPETITIVE_POSITION',
  'TECHNICAL_RISK',
  'LEGAL_RISK',
  'STRATEGIC_VALUE',
] as const;
export type AssessmentCriterion = (typeof ASSESSMENT_CRITERIA)[number];
export type AssessmentWeights = Record<AssessmentCriterion, number>;

export const DEFAULT_ASSESSMENT_WEIGHTS: AssessmentWeights = {
  CUSTOMER_NEGOTIATION_POWER: 1,
  SALES_CAPABILITY: 1,
  COMPETITIVE_POSITION: 1,
  TECHNICAL_RISK: 1,
  LEGAL_RISK: 1,
  STRATEGIC_VALUE: 1,
};

export type Score = { criterion: AssessmentCriterion; score: number };

/**
 * Weighted score (1–5, 2 decimals) of a review's scores (any number of scorers): per criterion the
 * mean of its scores, then Σ weight × mean ÷ Σ weight over the criteria that were scored and weigh
 * more than 0. null when nothing weighted was scored.
 */
export function weightedScore(scores: readonly Score[], weights: AssessmentWeights): number | null {
  // integer arithmetic: sums of integer scores, weights to 3 decimals
  let num = 0;
  let den = 0;
  for (const c of ASSESSMENT_CRITERIA) {
    const mine = scores.filter((s) => s.criterion === c);
    const w = Math.round((weights[c] ?? 0) * 1000);
    if (mine.length === 0 || w <= 0) continue;
    const sum = mine.reduce((a, s) => a + s.score, 0);
    num += (w * sum) / mine.length;
    den += w;
  }
  if (den === 0) return null;
  return Math.round((num / den) * 100) / 100;
}

export type AssessmentEntry = { criterion: AssessmentCriterion; score: number; notes?: string | null };
export type AssessmentError =
  { code: 'REVIEW_CLOSED' } | { code: 'SCORE_RANGE'; field: string } | { code: 'DUPLICATE_CRITERION'; field: string } | { code: 'EMPTY' };

/** A scorer's set for one review: scores 1..5 (integers), each criterion at most once, while the review is scheduled. */
export function checkAssessment(
  review: { status: 'SCHEDULED' | 'DECIDED' | 'CANCELLED' },
  entries: readonly AssessmentEntry[],
): Result<AssessmentEntry[], AssessmentError> {
  if (review.status !== 'SCHEDULED') return err({ code: 'REVIEW_CLOSED' });
  if (entries.length === 0) return err({ code: 'EMPTY' });
  const seen = new Set<string>();
  for (const [i, e] of entries.entries()) {
    if (!Number.isInteger(e.score) || e.score < 1 || e.score > 5) return err({ code: 'SCORE_RANGE', field: `scores.${i}.score` });
    if (seen.has(e.criterion)) return err({ code: 'DUPLICATE_CRITERION', field: `scores.${i}.criterion` });
    seen.add(e.criterion);
  }
  return ok(entries.map((e) => ({ criterion: e.criterion, score: e.score, notes: e.notes?.trim() || null })));
}
