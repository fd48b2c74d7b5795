export { scheduleReview } from './schedule-review';
export { recordOpinion, raiseFinding } from './opinions';
export { answerFinding, verifyFinding } from './findings';
export { decideReview } from './decide-review';
export { getEconomics, putEconomics } from './economics';
export { cancelReview } from './cancel-review';
export { rescheduleReview } from './reschedule-review';
export { saveAssessment } from './save-assessment';
