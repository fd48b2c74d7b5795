// What kind of bytes an upload holds, and which text encoding a CSV uses. Pure (bytes in).

export type FileKind = 'xlsx' | 'csv' | 'binary' | 'empty';
export type TextEncoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'cp949';

const startsWith = (b: Uint8Array, sig: number[]) => sig.every((x, i) => b[i] === x);

/** Sniff from the first bytes; the file name is only a hint and never trusted. */
export function sniffFileKind(head: Uint8Array): FileKind {
  if (head.length === 0) return 'empty';
  if (startsWith(head, [0x50, 0x4b, 0x03, 0x04])) return 'xlsx'; // a zip: checked as a workbook later
  if (startsWith(head, [0xef, 0xbb, 0xbf]) || startsWith(head, [0xff, 0xfe]) || startsWith(head, [0xfe, 0xff])) return 'csv';
  // other known binaries: old .xls (OLE), PDF, PNG, JPEG, GIF, gzip
  for (const sig of [
    [0xd0, 0xcf, 0x11, 0xe0],
    [0x25, 0x50, 0x44, 0x46],
    [0x89, 0x50, 0x4e, 0x47],
    [0xff, 0xd8, 0xff],
    [0x47, 0x49, 0x46],
    [0x1f, 0x8b],
  ]) {
    if (startsWith(head, sig)) return 'binary';
  }
  let control = 0;
  const n = Math.min(head.length, 8192);
  for (let i = 0; i < n; i++) {
    const c = head[i]!;
    if (c === 0) return 'binary';
    if (c < 9 || (c > 13 && c < 32 && c !== 27)) control++;
  }
  return control > n * 0.02 ? 'binary' : 'csv';
}

/** Is this a valid UTF-8 prefix (a multi-byte sequence cut at the end is allowed)? */
export function isUtf8Prefix(b: Uint8Array): boolean {
  let i = 0;
  const n = b.length;
  while (i < n) {
    const c = b[i]!;
    let need: number;
    if (c < 0x80) {
      i++;
      continue;
    } else if (c >= 0xc2 && c <= 0xdf) need = 1;
    else if (c >= 0xe0 && c <= 0xef) need = 2;
    else if (c >= 0xf0 && c <= 0xf4) need = 3;
    else return false;
    for (let k = 1; k <= need; k++) {
      if (i + k >= n) return true; // cut at the end of the sample
      const cc = b[i + k]!;
      if ((cc & 0xc0) !== 0x80) return false;
    }
    i += need + 1;
  }
  return true;
}

/** UTF-8 (BOM or valid bytes) first; UTF-16 by BOM; anything else that is text is CP949/EUC-KR. */
export function detectEncoding(head: Uint8Array): TextEncoding {
  if (startsWith(head, [0xef, 0xbb, 0xbf])) return 'utf-8-bom';
  if (startsWith(head, [0xff, 0xfe])) return 'utf-16le';
  if (startsWith(head, [0xfe, 0xff])) return 'utf-16be';
  return isUtf8Prefix(head) ? 'utf-8' : 'cp949';
}
