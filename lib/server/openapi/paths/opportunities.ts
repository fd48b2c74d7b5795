import type { ApiOperation } from '../types';

// Operations of the opportunities endpoints; filled in by the issue that builds them.
export const opportunitiesOperations: ApiOperation[] = [];
