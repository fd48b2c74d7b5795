import { describe, expect, test } from 'vitest';
import { hashPassword, verifyPassword } from './password';

describe('password hashing', () => {
  test('verifies the right password and refuses others', async () => {
    const stored = await hashPassword('tierline-demo');
    expect(stored.startsWith('scrypt$')).toBe(true);
    expect(await verifyPassword('tierline-demo', stored)).toBe(true);
    expect(await verifyPassword('tierline-demo ', stored)).toBe(false);
    expect(await verifyPassword('', stored)).toBe(false);
  });

  test('salts each hash', async () => {
    expect(await hashPassword('x')).not.toBe(await hashPassword('x'));
  });

  test.each(['', 'plain', 'scrypt$1$2', 'bcrypt$a$b$c$d$e'])('refuses malformed stored value %j', async (s) => {
    expect(await verifyPassword('x', s)).toBe(false);
  });
});
