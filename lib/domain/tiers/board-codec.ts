// Board cards travel from the server page to the client board as tuples, not objects: with
// 2,000 cards the field names would be most of the payload.

export type BoardCardData = {
  id: string;
  name: string;
  accountName: string;
  ownerName: string;
  amount: string | null;
  tier: number;
  outcome: 'OPEN' | 'WON' | 'LOST' | 'NO_BID' | 'DROPPED';
  daysInTier: number;
  stall: 'ok' | 'stalled' | 'snoozed';
  nextStep: string | null;
  nextStepDueDate: string | null;
  isNextStepOverdue: boolean;
  version: number;
  /** whether the viewer may move this card (computed server-side from lib/domain/access mayEdit) */
  movable: boolean;
  /** closed, a postmortem is owed and the viewer may write it: the card links to "포스트모템 작성" */
  postmortemDue: boolean;
  /** how many entry requirements an imported deal has not met yet ("요건 미충족") */
  unmetCount: number;
  /** the 입찰 마감 instant (ISO) when it falls within the next 7 days, else null (issue 12) */
  bidDueSoon: string | null;
};

const FIELDS = [
  'id',
  'name',
  'accountName',
  'ownerName',
  'amount',
  'tier',
  'outcome',
  'daysInTier',
  'stall',
  'nextStep',
  'nextStepDueDate',
  'isNextStepOverdue',
  'version',
  'movable',
  'postmortemDue',
  'unmetCount',
  'bidDueSoon',
] as const satisfies readonly (keyof BoardCardData)[];
export type EncodedCard = (string | number | boolean | null)[];

export const encodeCards = (cards: readonly BoardCardData[]): EncodedCard[] => cards.map((c) => FIELDS.map((f) => c[f]));
export const decodeCards = (rows: readonly EncodedCard[]): BoardCardData[] =>
  rows.map((r) => Object.fromEntries(FIELDS.map((f, i) => [f, r[i]])) as BoardCardData);
