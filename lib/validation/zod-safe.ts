// zod as the app uses it: everything from 'zod', except that `string` is the safe string
// (lib/validation/common.ts). Imported only through lib/validation/z.ts.
export * from 'zod';
export { safeString as string } from './common';
