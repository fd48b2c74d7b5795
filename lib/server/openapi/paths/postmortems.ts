import type { ApiOperation } from '../types';

// Operations of the postmortems endpoints; filled in by the issue that builds them.
export const postmortemsOperations: ApiOperation[] = [];
