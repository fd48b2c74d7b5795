// Expected failures of commands. `key` names a message in lib/i18n/messages/*/errors.json;
// the HTTP status comes from the code. Never carries an internal error message to the client.

export type ErrorCode =
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'VALIDATION'
  | 'UNPROCESSABLE'
  | 'CONFLICT'
  | 'TOO_LARGE'
  | 'RATE_LIMITED'
  | 'UNSUPPORTED_MEDIA_TYPE';

export const STATUS_OF: Record<ErrorCode, number> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  VALIDATION: 400,
  UNPROCESSABLE: 422,
  CONFLICT: 409,
  TOO_LARGE: 413,
  RATE_LIMITED: 429,
  UNSUPPORTED_MEDIA_TYPE: 415,
};

export type FieldError = { path: string; message: string };

export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    /** message key under `errors.` */
    readonly key: string,
    readonly params: Record<string, string | number> = {},
    /** extra machine-readable data (e.g. unmet requirements, the current record on conflict) */
    readonly details?: unknown,
    readonly fields?: FieldError[],
  ) {
    super(`${code}: ${key}`);
    this.name = 'DomainError';
  }
}

export const notFound = () => new DomainError('NOT_FOUND', 'notFound');
export const forbidden = () => new DomainError('FORBIDDEN', 'forbidden');
export const conflict = (current?: unknown) => new DomainError('CONFLICT', 'conflict', {}, current);
