import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import * as common from '@zxcvbn-ts/language-common';
import { err, ok, type Result } from '../result';

// A person's own password (setup link, change password): at least 12 characters and not
// guessable — a zxcvbn score of 3 or more against the common-password and diceware
// dictionaries that ship in @zxcvbn-ts/language-common, with the person's own name and email
// as extra words (a password made of one's name is guessable).

export const MIN_PASSWORD_LENGTH = 12;
export const MAX_PASSWORD_LENGTH = 200;
export const MIN_PASSWORD_SCORE = 3;

let factory: ZxcvbnFactory | null = null;
function zxcvbn() {
  factory ??= new ZxcvbnFactory({
    dictionary: { ...common.dictionary },
    graphs: common.adjacencyGraphs,
  });
  return factory;
}

export type PasswordError =
  { code: 'TOO_SHORT'; min: number } | { code: 'TOO_LONG'; max: number } | { code: 'TOO_GUESSABLE'; score: number; min: number };

/** Score 0..4 (zxcvbn); userInputs are words the person is known by (name, email parts). */
export function passwordScore(password: string, userInputs: string[] = []): number {
  return zxcvbn().check(password.slice(0, 100), userInputs).score;
}

export function checkPassword(password: string, userInputs: string[] = []): Result<{ score: number }, PasswordError> {
  if ([...password].length < MIN_PASSWORD_LENGTH) return err({ code: 'TOO_SHORT', min: MIN_PASSWORD_LENGTH });
  if (password.length > MAX_PASSWORD_LENGTH) return err({ code: 'TOO_LONG', max: MAX_PASSWORD_LENGTH });
  const score = passwordScore(password, userInputs);
  if (score < MIN_PASSWORD_SCORE) return err({ code: 'TOO_GUESSABLE', score, min: MIN_PASSWORD_SCORE });
  return ok({ score });
}

/** The words a person is known by, fed to zxcvbn as guessable inputs. */
export function personalWords(p: { name?: string | null; email?: string | null }): string[] {
  const out: string[] = [];
  if (p.name) out.push(p.name, ...p.name.split(/\s+/).filter(Boolean));
  if (p.email) {
    const [local, domain] = p.email.split('@');
    if (local) out.push(local, ...local.split(/[._-]+/).filter(Boolean));
    if (domain) out.push(domain.split('.')[0] ?? domain);
  }
  return out.filter((w) => w.length >= 2);
}
