import { buildOpenApi } from './build';
import { authOperations } from './paths/auth';
import { leadsOperations } from './paths/leads';
import { opportunitiesOperations } from './paths/opportunities';
import { peopleOperations } from './paths/people';
import { referenceOperations } from './paths/reference';
import { postmortemsOperations } from './paths/postmortems';
import { receivablesOperations } from './paths/receivables';
import { reportsOperations } from './paths/reports';
import { searchOperations } from './paths/search';
import { tierReviewsOperations } from './paths/tier-reviews';
import { vrbOperations } from './paths/vrb';
import { recordsOperations } from './paths/records';
import { workOperations } from './paths/work';
import { toolsOperations } from './paths/tools';
import { qaOperations } from './paths/qa';
import { powerMapOperations } from './paths/power-map';
import { expertsOperations } from './paths/experts';

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
  ...peopleOperations,
  ...referenceOperations,
  ...tierReviewsOperations,
  ...workOperations,
  ...toolsOperations,
  ...qaOperations,
  ...powerMapOperations,
  ...expertsOperations,
];

export const openApiDocument = () => buildOpenApi(ALL_OPERATIONS);
