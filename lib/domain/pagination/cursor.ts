// The one keyset cursor codec. A cursor is opaque to clients: base64url of the JSON of the last
// row's sort key (a tuple such as [createdAt, id]). Decoding validates the JSON against the
// page's zod schema, so a hand-edited, truncated or foreign cursor yields null and the caller
// answers 400 VALIDATION (never a 500 from a bad cast in SQL). Pure and platform-neutral
// (TextEncoder + btoa/atob, no Buffer), so it runs the same on the server and in the browser.
import { z } from 'zod';

export type CursorCodec<T> = {
  encode: (key: T) => string;
  /** The key, or null when the cursor is not one this codec wrote. */
  decode: (cursor: string) => T | null;
};

const MAX_CURSOR_LENGTH = 1024;

function toBase64Url(text: string): string {
  let binary = '';
  for (const byte of new TextEncoder().encode(text)) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(cursor: string): string | null {
  if (!/^[A-Za-z0-9_-]*$/.test(cursor) || cursor.length % 4 === 1) return null;
  const b64 = cursor.replace(/-/g, '+').replace(/_/g, '/') + '='.repeat((4 - (cursor.length % 4)) % 4);
  try {
    const binary = atob(b64);
    const bytes = Uint8Array.from(binary, (c) => c.charCodeAt(0));
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

/** A codec for keys of the given shape (usually a `z.tuple`). */
export function cursorCodec<S extends z.ZodType>(schema: S): CursorCodec<z.output<S>> {
  return {
    encode: (key) => toBase64Url(JSON.stringify(key)),
    decode: (cursor) => {
      if (cursor.length === 0 || cursor.length > MAX_CURSOR_LENGTH) return null;
      const json = fromBase64Url(cursor);
      if (json === null) return null;
      let value: unknown;
      try {
        value = JSON.parse(json);
      } catch {
        return null;
      }
      const parsed = schema.safeParse(value);
      return parsed.success ? parsed.data : null;
    },
  };
}

// Building blocks for sort keys.
export const cursorParts = {
  uuid: z.string().regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i),
  /** epoch microseconds or a bigint id, as a decimal string */
  integer: z.string().regex(/^-?\d{1,20}$/),
  isoDate: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  text: z.string().max(512),
};
