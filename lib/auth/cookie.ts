// The session cookie's name and flags, read by the sign-in action, Auth.js, the API wrapper and
// the proxy. With an https public URL (AUTH_URL) the cookie is Secure and carries the `__Host-`
// prefix: the browser then refuses it unless Secure, Path=/ and without Domain, so a sibling
// subdomain cannot plant or overwrite it.
export const isHttpsDeployment = () => (process.env.AUTH_URL ?? '').startsWith('https://');
export const SESSION_COOKIE_BASE = 'tierline.session-token';
export const sessionCookieName = () => (isHttpsDeployment() ? `__Host-${SESSION_COOKIE_BASE}` : SESSION_COOKIE_BASE);
