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

export type DomainErrorOptions = {
  /** values interpolated into the message */
  params?: Record<string, string | number>;
  /** per-field problems (VALIDATION) */
  fields?: FieldError[];
  /** extra machine-readable data (e.g. unmet requirements, the current record on conflict) */
  details?: unknown;
};

export class DomainError extends Error {
  readonly params: Record<string, string | number>;
  readonly fields?: FieldError[];
  readonly details?: unknown;

  constructor(
    readonly code: ErrorCode,
    /** message key: an `errors.*` key or a full path into a feature namespace (`leads.errors.badFile`) */
    readonly key: string,
    { params = {}, fields, details }: DomainErrorOptions = {},
  ) {
    super(`${code}: ${key}`);
    this.name = 'DomainError';
    this.params = params;
    this.fields = fields;
    this.details = details;
  }
}

export const notFound = () => new DomainError('NOT_FOUND', 'notFound');
export const forbidden = () => new DomainError('FORBIDDEN', 'forbidden');
export const conflict = (current?: unknown) => new DomainError('CONFLICT', 'conflict', { details: current });
