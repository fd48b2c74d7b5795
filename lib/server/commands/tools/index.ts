export { getBid, updateBid } from './update-bid';
export { serializeBid, type BidView } from './bid-view';
export { listBidDeadlinesSoon } from './bid-deadlines';
