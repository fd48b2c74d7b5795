// Next.js server start hook. The lead-import worker runs INSIDE the Next server process: at
// start it resumes queued imports and those whose worker died (their PostgreSQL lease ran out),
// then checks again every 15 s. Jobs are rows in ImportBatch, so any server instance can take
// them over; a file path must be reachable by that instance (IMPORT_DIR on shared disk).
// It also loads the as-of report's history index in the background (ADR 007), so the first
// as-of report does not wait for it; AS_OF_INDEX=off leaves every as-of report on SQL.
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  await stampPeerAddress();
  if (!process.env.DATABASE_URL) return;
  const { resumeImports } = await import('./lib/server/import/runner');
  const tick = () => resumeImports().catch(() => undefined);
  void tick();
  setInterval(tick, 15_000).unref();
  if (process.env.AS_OF_INDEX !== 'off') {
    const { warmAsOfIndex } = await import('./lib/server/commands/reports/one-page');
    setTimeout(() => void warmAsOfIndex(), 2_000).unref();
  }
}

// The socket's remote address, the one address a client cannot forge, handed to the app as the
// x-tierline-peer request header (lib/server/client-address.ts). Next does not expose the socket
// to route handlers and fills X-Forwarded-For from it only when the client sent none, so every
// incoming request is stamped here, overwriting any x-tierline-peer the client sent.
async function stampPeerAddress() {
  const http = await import('node:http');
  const proto = http.Server.prototype as { emit: (event: string, ...args: unknown[]) => boolean; __peerStamped?: boolean };
  if (proto.__peerStamped) return;
  proto.__peerStamped = true;
  const emit = proto.emit;
  proto.emit = function (this: unknown, event: string, ...args: unknown[]) {
    if (event === 'request') {
      const req = args[0] as { headers: Record<string, string | string[] | undefined>; socket?: { remoteAddress?: string } };
      req.headers['x-tierline-peer'] = req.socket?.remoteAddress ?? '';
    }
    return emit.call(this, event, ...args);
  };
}
