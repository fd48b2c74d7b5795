export { getBid, updateBid } from './update-bid';
export { serializeBid, type BidView } from './bid-view';
export { listBidDeadlinesSoon } from './bid-deadlines';
export {
  createCompetitor,
  getCompetitorProfile,
  listCompetitorsCmd,
  serializeCompetitor,
  updateCompetitor,
  type CompetitorDto,
  type CompetitorProfile,
} from './competitors';
export { getOpportunityCompetitors, linkCompetitor, unlinkCompetitor } from './opportunity-competitors';
export { getKam, serializeKam, setKeyAccount, updateKamPlan, type KamView } from './key-accounts';
export {
  createQaEntry,
  expectedQuestionsForDeal,
  getQaEntry,
  listQaEntriesCmd,
  serializeQaEntry,
  updateQaEntry,
  type QaEntryDto,
} from './qa-entries';
export {
  createExpert,
  getExpertProfile,
  listExpertsCmd,
  serializeExpert,
  updateExpert,
  type ExpertDto,
  type ExpertListItemDto,
  type ExpertProfile,
} from './experts';
export {
  getOpportunityExperts,
  linkExpert,
  serializeOpportunityExpert,
  unlinkExpert,
  type OpportunityExpertDto,
} from './opportunity-experts';
