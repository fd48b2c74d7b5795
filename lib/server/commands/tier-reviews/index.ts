export { startTierReview } from './start-tier-review';
export { decideTierReviewItem } from './decide-tier-review-item';
export { closeTierReview } from './close-tier-review';
export { getTierReview, listTierReviews, serializeTierReview, type TierReviewView } from './get-tier-review';
