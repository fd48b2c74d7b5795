// Guards and helpers shared by the integration and e2e setups.

/** Refuse to run destructive test setup against anything but this machine. */
export function assertLocalDatabase(url: string) {
  const host = new URL(url).hostname;
  if (!['127.0.0.1', 'localhost', '::1', '[::1]'].includes(host)) {
    throw new Error(`Tests create and drop databases; refusing non-local DATABASE_URL host ${host}`);
  }
}

export function withDatabase(url: string, name: string) {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}
