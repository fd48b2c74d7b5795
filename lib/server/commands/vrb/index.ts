// VRB commands (SPEC §4, issue #11), one verb per file.
export { scheduleReview } from './schedule-review';
export { recordOpinion } from './record-opinion';
export { raiseFinding } from './raise-finding';
export { answerFinding } from './answer-finding';
export { verifyFinding } from './verify-finding';
export { decideReview } from './decide-review';
export { getEconomics } from './get-economics';
export { putEconomics } from './put-economics';
export type { EconomicsResponse } from './economics-shared';
export { cancelReview } from './cancel-review';
export { rescheduleReview } from './reschedule-review';
export { saveAssessment } from './save-assessment';
