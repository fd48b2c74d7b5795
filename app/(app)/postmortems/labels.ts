// Tone of each closed outcome's badge, shared by the section's pages.
export const OUTCOME_TONE = { WON: 'success', LOST: 'danger', NO_BID: 'neutral', DROPPED: 'warning', OPEN: 'info' } as const;
export type OutcomeKey = keyof typeof OUTCOME_TONE;
