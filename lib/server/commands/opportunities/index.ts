export { moveOpportunityTier } from './move-tier';
export { updateOpportunity } from './update-opportunity';
export { serializeOpportunity, type OpportunityDto } from './serialize';
export * from './other';
export * from './board';
export { reorderOpportunity, type ReorderResult } from './reorder';
