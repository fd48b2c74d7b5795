// Writing a postmortem (SPEC §5), pure rules: who may be written about, what a saved record must
// hold, and a gentle blame-language check. Blameless by design: the input has no "responsible
// person" — people appear only as attendees and as owners of follow-up action items.

export const ROOT_CAUSES = [
  'PRICE',
  'SOLUTION_FIT',
  'RELATIONSHIP',
  'COMPETITOR',
  'TIMING',
  'REQUIREMENT_UNDERSTANDING',
  'INTERNAL_PROCESS',
  'OTHER',
] as const;
export type RootCauseValue = (typeof ROOT_CAUSES)[number];

export const POSTMORTEM_STATUSES = ['DRAFT', 'PUBLISHED'] as const;
export type PostmortemStatusValue = (typeof POSTMORTEM_STATUSES)[number];

/** Closed outcomes a postmortem may be written for: every Tier 0 result. */
export const POSTMORTEM_OUTCOMES = ['WON', 'LOST', 'NO_BID', 'DROPPED'] as const;

export type WritableCheck = { ok: true } | { ok: false; code: 'NOT_CLOSED' };

/** A postmortem is written only for an opportunity at Tier 0 with a closed outcome. */
export function canWritePostmortem(opp: { tier: number; outcome: string }): WritableCheck {
  return opp.tier === 0 && (POSTMORTEM_OUTCOMES as readonly string[]).includes(opp.outcome)
    ? { ok: true }
    : { ok: false, code: 'NOT_CLOSED' };
}

export type PostmortemDraft = {
  status: PostmortemStatusValue;
  summary: string | null;
  rootCauses: readonly string[];
  attendees: readonly string[];
  lessons: readonly { id?: string; title: string; category: string }[];
  actionItems: readonly { id?: string; title: string; dueDate: string | null; ownerId?: string | null }[];
  priceGap: number | null;
};

/** A rule broken by the whole input; `path` is the field the form marks, `code` a message key. */
export type DraftIssue = {
  path: string;
  code:
    | 'summaryRequired'
    | 'rootCauseRequired'
    | 'duplicateRootCause'
    | 'duplicateAttendee'
    | 'unknownRootCause'
    | 'duplicateId'
    | 'priceGapRange'
    | 'actionOwnerRequired'
    | 'actionDueRequired';
};

/**
 * Rules across fields (shapes and lengths are the zod schema's job). A draft may be incomplete;
 * publishing needs a summary and at least one root cause, because a published postmortem is the
 * one the lessons library and the win-loss analytics learn from.
 */
export function checkPostmortemDraft(d: PostmortemDraft): DraftIssue[] {
  const issues: DraftIssue[] = [];
  if (d.status === 'PUBLISHED' && !d.summary?.trim()) issues.push({ path: 'summary', code: 'summaryRequired' });
  if (d.status === 'PUBLISHED' && d.rootCauses.length === 0) issues.push({ path: 'rootCauses', code: 'rootCauseRequired' });
  d.rootCauses.forEach((c, i) => {
    if (!(ROOT_CAUSES as readonly string[]).includes(c)) issues.push({ path: `rootCauses.${i}`, code: 'unknownRootCause' });
  });
  if (new Set(d.rootCauses).size !== d.rootCauses.length) issues.push({ path: 'rootCauses', code: 'duplicateRootCause' });
  if (new Set(d.attendees).size !== d.attendees.length) issues.push({ path: 'attendees', code: 'duplicateAttendee' });
  d.lessons.forEach((l, i) => {
    if (!(ROOT_CAUSES as readonly string[]).includes(l.category)) issues.push({ path: `lessons.${i}.category`, code: 'unknownRootCause' });
  });
  const dup = (ids: (string | undefined)[]) => {
    const seen = new Set<string>();
    return ids.findIndex((id) => id !== undefined && (seen.has(id) || (seen.add(id), false)));
  };
  const dl = dup(d.lessons.map((l) => l.id));
  if (dl >= 0) issues.push({ path: `lessons.${dl}.id`, code: 'duplicateId' });
  const da = dup(d.actionItems.map((a) => a.id));
  if (da >= 0) issues.push({ path: `actionItems.${da}.id`, code: 'duplicateId' });
  // an action item is someone's, by a date: otherwise nobody does it
  d.actionItems.forEach((a, i) => {
    if (!a.ownerId) issues.push({ path: `actionItems.${i}.ownerId`, code: 'actionOwnerRequired' });
    if (!a.dueDate) issues.push({ path: `actionItems.${i}.dueDate`, code: 'actionDueRequired' });
  });
  // a price gap is a percentage of our price: the winner can't be more than 100% cheaper
  if (d.priceGap !== null && (!Number.isFinite(d.priceGap) || d.priceGap < -100 || d.priceGap > 1000))
    issues.push({ path: 'priceGap', code: 'priceGapRange' });
  return issues;
}

// ---------------------------------------------------------------------------------------------
// Blame language: a warning, never a block. People write what they write; the form reminds them
// that the record asks what happened and why. Deliberately narrow (phrases that assign fault),
// so "책임감 있게" or "the customer's responsibility matrix" pass without noise.

// A person in Korean business writing: a name or title followed by an honorific or rank.
const PERSON =
  '(?:[가-힣]{1,4}\\s*(?:님|씨|대리|과장|차장|부장|팀장|실장|본부장|사원|주임|이사|상무|전무|담당자?|영업대표)|담당자|영업대표|그|그녀|그들)';

/** The one table of blame patterns (pure, table-tested in write.test.ts); the form shows each hit next to its field. */
export const BLAME_PATTERNS: readonly { term: string; re: RegExp }[] = [
  { term: 'at fault', re: /\bat fault\b/i },
  { term: 'to blame', re: /\b(?:is|was|were|are|be)\s+to blame\b/i },
  { term: 'blame', re: /\bblam(?:e|ed|es|ing)\s+(?:on\s+)?(?:him|her|them|[A-Z][a-z]+)\b/ },
  { term: 'fault of', re: /\b(?:fault|mistake)\s+of\s+(?:[A-Z][a-z]+|him|her|them)\b/ },
  { term: "'s fault", re: /\b\w+'s fault\b/i },
  { term: 'responsible for the loss', re: /\bresponsible for (?:the|this|our) (?:loss|failure|mistake)\b/i },
  { term: '잘못', re: /(?:의|이|가)\s*잘못/ },
  { term: '책임', re: /책임(?:이\s*(?:있|크)|자|을\s*(?:져|지|물))/ },
  { term: '탓', re: /\S+\s*탓/ },
  { term: '~의 실수', re: /\S+(?:의|이|가)\s*실수/ },
  { term: '~ 때문에', re: new RegExp(`${PERSON}\\s*(?:의\\s*\\S+\\s*)?때문(?:에|이다|입니다)`) },
];

export type BlameWarning = { path: string; term: string };

/** Fields whose text reads as assigning fault to a person; one warning per field and term. */
export function blameWarnings(texts: readonly { path: string; text: string | null | undefined }[]): BlameWarning[] {
  const out: BlameWarning[] = [];
  for (const { path, text } of texts) {
    if (!text) continue;
    for (const p of BLAME_PATTERNS) if (p.re.test(text)) out.push({ path, term: p.term });
  }
  return out;
}
