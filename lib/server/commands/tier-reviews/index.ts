export { startTierReview } from './start-tier-review';
export { decideTierReviewItem } from './decide-tier-review-item';
export { closeTierReview } from './close-tier-review';
export { listTierReviews } from './list-tier-reviews';
export { getTierReview, serializeTierReview, type TierReviewView } from './get-tier-review';
export { listStagnantReps, type StagnantChain } from './list-stagnant-reps';
