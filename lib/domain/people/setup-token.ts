// One-time setup link lifetime (pure: `now` is passed in).

export const SETUP_TOKEN_TTL_HOURS = 72;
export const SETUP_TOKEN_TTL_MS = SETUP_TOKEN_TTL_HOURS * 60 * 60 * 1000;

export function setupTokenExpiry(issuedAt: Date): Date {
  return new Date(issuedAt.getTime() + SETUP_TOKEN_TTL_MS);
}

export type SetupTokenState = 'VALID' | 'EXPIRED' | 'USED' | 'UNKNOWN';

/** A link is usable once, strictly before its expiry instant. */
export function setupTokenState(token: { expiresAt: Date; usedAt: Date | null } | null, now: Date): SetupTokenState {
  if (!token) return 'UNKNOWN';
  if (token.usedAt) return 'USED';
  if (now.getTime() >= token.expiresAt.getTime()) return 'EXPIRED';
  return 'VALID';
}
