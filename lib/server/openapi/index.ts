import { buildOpenApi } from './build';
import { authOperations } from './paths/auth';
import { leadsOperations } from './paths/leads';
import { opportunitiesOperations } from './paths/opportunities';
import { postmortemsOperations } from './paths/postmortems';
import { receivablesOperations } from './paths/receivables';
import { reportsOperations } from './paths/reports';
import { searchOperations } from './paths/search';
import { tierReviewsOperations } from './paths/tier-reviews';
import { vrbOperations } from './paths/vrb';
import { recordsOperations } from './paths/records';
import { workOperations } from './paths/work';

export const ALL_OPERATIONS = [
  ...authOperations,
  ...leadsOperations,
  ...opportunitiesOperations,
  ...reportsOperations,
  ...vrbOperations,
  ...postmortemsOperations,
  ...receivablesOperations,
  ...searchOperations,
  ...recordsOperations,
  ...tierReviewsOperations,
  ...workOperations,
];

export const openApiDocument = () => buildOpenApi(ALL_OPERATIONS);
