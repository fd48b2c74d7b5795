import http from 'node:http';
// The socket's remote address, the one address a client cannot forge, handed to the app as the
// x-tierline-peer request header (lib/server/client-address.ts). Next does not expose the socket
// to route handlers and fills X-Forwarded-For from it only when the client sent none, so every
// incoming request is stamped here, overwriting any x-tierline-peer the client sent.
export function stampPeerAddress() {
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
