export { scheduleReview } from './schedule-review';
export { recordOpinion, raiseFinding } from './opinions';
export { answerFinding, verifyFinding } from './findings';
export { decideReview } from './decide-review';
