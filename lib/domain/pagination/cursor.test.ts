import { describe, expect, test } from 'vitest';
import { z } from 'zod';
import { cursorCodec, cursorParts } from './cursor';

const codec = cursorCodec(z.tuple([cursorParts.isoDate, cursorParts.uuid]));
const ID = '0b8f3c1e-2a4d-4f6b-9c8e-1d2f3a4b5c6d';
const b64 = (s: string) => Buffer.from(s).toString('base64url');

describe('cursorCodec', () => {
  test('round-trips a key', () => {
    const c = codec.encode(['2026-12-05', ID]);
    expect(c).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(codec.decode(c)).toEqual(['2026-12-05', ID]);
  });

  test('writes the same bytes as Buffer base64url of the JSON (cursors issued before stay valid)', () => {
    expect(codec.encode(['2026-12-05', ID])).toBe(b64(JSON.stringify(['2026-12-05', ID])));
  });

  test('round-trips non-ASCII text keys', () => {
    const text = cursorCodec(z.tuple([cursorParts.text, cursorParts.uuid]));
    expect(text.decode(text.encode(['(주)한빛 솔루션 ✓', ID]))).toEqual(['(주)한빛 솔루션 ✓', ID]);
  });

  test.each([
    ['empty', ''],
    ['not base64url', 'a+b/c=='],
    ['impossible length', 'abcde'],
    ['not JSON', b64('hello')],
    ['wrong shape', b64(JSON.stringify({ at: '2026-12-05', id: ID }))],
    ['wrong arity', b64(JSON.stringify(['2026-12-05']))],
    ['bad date', b64(JSON.stringify(['05/12/2026', ID]))],
    ['bad uuid', b64(JSON.stringify(['2026-12-05', "x' OR 1=1 --"]))],
    ['invalid UTF-8', Buffer.from([0xff, 0xfe, 0xfd]).toString('base64url')],
    ['too long', 'A'.repeat(2000)],
  ])('rejects %s', (_, cursor) => {
    expect(codec.decode(cursor)).toBeNull();
  });
});
