import type { ApiOperation } from '../types';

// Operations of the reports endpoints; filled in by the issue that builds them.
export const reportsOperations: ApiOperation[] = [];
