import { describe, expect, test } from 'vitest';
import { isConnectionLoss } from './errors';

describe('isConnectionLoss', () => {
  test.each([
    [{ code: '57P01', message: 'terminating connection due to administrator command' }, true],
    [{ code: '08006' }, true],
    [{ code: 'ECONNRESET' }, true],
    [new Error('Connection terminated unexpectedly'), true],
    [{ message: 'wrapped', cause: { code: '57P01' } }, true],
    [{ code: '23505', message: 'duplicate key value violates unique constraint' }, false],
    [{ code: '22P02' }, false],
    [new Error('boom'), false],
    [null, false],
    ['57P01', false],
  ])('%o → %s', (e, want) => expect(isConnectionLoss(e)).toBe(want));
});
