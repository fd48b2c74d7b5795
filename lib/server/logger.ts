import 'server-only';
import pino from 'pino';

// Structured JSON logs on stdout (one object a line).
export const logger = pino({
  level: process.env.LOG_LEVEL ?? (process.env.NODE_ENV === 'test' ? 'warn' : 'info'),
  base: { app: 'tierline' },
  redact: ['password', '*.password', 'token', '*.token', 'authorization'],
});
