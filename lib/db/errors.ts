// A database error that says the CONNECTION went away (server restart, pg_terminate_backend, a
// dropped socket), not that the statement was wrong: the work can be retried on a new connection.
// SQLSTATE class 08 (connection exception) and 57P01–57P03 (admin/crash shutdown, cannot connect now).
export function isConnectionLoss(e: unknown): boolean {
  const err = e as { code?: unknown; message?: unknown; cause?: unknown } | null;
  if (!err || typeof err !== 'object') return false;
  const code = typeof err.code === 'string' ? err.code : '';
  if (/^08|^57P0[123]$/.test(code) || code === 'ECONNRESET' || code === 'ECONNREFUSED' || code === 'EPIPE') return true;
  const msg = typeof err.message === 'string' ? err.message : '';
  if (/Connection terminated|terminating connection|Client has encountered a connection error|not queryable/i.test(msg)) return true;
  return err.cause !== undefined && err.cause !== e ? isConnectionLoss(err.cause) : false;
}
