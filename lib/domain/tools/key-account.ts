import { err, ok, type Result } from '../result';

// Key accounts (issue 12 item 6). An account becomes a key account automatically on its FIRST won
// deal (the win's transaction sets it); an admin or a sales manager may set or clear it by hand,
// always with a reason. Pure.

/** The stored reason of an automatic mark (the page shows its translation). */
export const KEY_ACCOUNT_AUTO_REASON = 'AUTO_FIRST_WIN';

export type KeyAccountState = { isKeyAccount: boolean };

/** On a win: whether the account should now be marked (only when it is not one yet). */
export function keyAccountOnWin(account: KeyAccountState, wonDealsBefore: number): boolean {
  return !account.isKeyAccount && wonDealsBefore === 0;
}

export type SetKeyAccountError = { code: 'REASON_REQUIRED' } | { code: 'UNCHANGED' };

export function decideSetKeyAccount(
  account: KeyAccountState,
  input: { isKeyAccount: boolean; reason: string | null | undefined },
): Result<{ isKeyAccount: boolean; reason: string }, SetKeyAccountError> {
  const reason = input.reason?.trim() ?? '';
  if (!reason) return err({ code: 'REASON_REQUIRED' });
  if (account.isKeyAccount === input.isKeyAccount) return err({ code: 'UNCHANGED' });
  return ok({ isKeyAccount: input.isKeyAccount, reason });
}
