import type { z } from 'zod';
import type { FieldError } from './errors';

/** zod issues → the SPEC's `fields: [{ path, message }]`. */
export function zodFields(error: z.ZodError): FieldError[] {
  return error.issues.map((i) => ({
    path: i.path.length
      ? i.path.map(String).join('.')
      : i.code === 'unrecognized_keys'
        ? ((i as { keys?: string[] }).keys?.join(',') ?? '')
        : '',
    message: i.message,
  }));
}

/** zod issues → { field: [messages] } for forms. */
export function zodFieldErrors(error: z.ZodError): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const f of zodFields(error)) (out[f.path || '_'] ??= []).push(f.message);
  return out;
}
