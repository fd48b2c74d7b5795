import type { ApiOperation } from '../types';

// Operations of the vrb endpoints; filled in by the issue that builds them.
export const vrbOperations: ApiOperation[] = [];
