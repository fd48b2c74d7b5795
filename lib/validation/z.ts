// The only way app code imports zod: `import { z } from '@/lib/validation/z'`. Same API as zod,
// but `z.string()` refuses NUL and lone surrogates (see safeString in ./common.ts), so every
// text input of every action, route, query string and import row follows one rule.
export * as z from './zod-safe';
