import type { ApiOperation } from '../types';

// Operations of the leads endpoints; filled in by the issue that builds them.
export const leadsOperations: ApiOperation[] = [];
