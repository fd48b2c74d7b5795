import 'server-only';
import { open } from 'node:fs/promises';

// A zip bomb disguised as .xlsx: read the zip's central directory (without inflating anything)
// and refuse a workbook whose declared unzipped size, entry count or ratio is out of bounds.
// The streaming reader additionally stops at MAX_ROWS, so a lying header cannot run forever.
export const MAX_UNZIPPED_BYTES = 512 * 1024 * 1024;
const MAX_ENTRIES = 2_000;
const MAX_RATIO = 200;

export type ZipCheck = { ok: true; unzipped: number } | { ok: false; reason: 'badXlsx' | 'zipBomb' };

export async function checkZip(path: string): Promise<ZipCheck> {
  const fh = await open(path, 'r');
  try {
    const { size } = await fh.stat();
    const tailLen = Math.min(size, 65_557);
    const tail = Buffer.alloc(tailLen);
    await fh.read(tail, 0, tailLen, size - tailLen);
    let eocd = -1;
    for (let i = tailLen - 22; i >= 0; i--) {
      if (tail.readUInt32LE(i) === 0x06054b50) {
        eocd = i;
        break;
      }
    }
    if (eocd < 0) return { ok: false, reason: 'badXlsx' };
    const entries = tail.readUInt16LE(eocd + 10);
    const cdSize = tail.readUInt32LE(eocd + 12);
    const cdOffset = tail.readUInt32LE(eocd + 16);
    if (entries === 0xffff || cdOffset === 0xffffffff) return { ok: false, reason: 'zipBomb' }; // zip64: not what Excel writes for a lead list
    if (entries > MAX_ENTRIES) return { ok: false, reason: 'zipBomb' };
    if (cdOffset + cdSize > size || cdSize > 16 * 1024 * 1024) return { ok: false, reason: 'badXlsx' };
    const cd = Buffer.alloc(cdSize);
    await fh.read(cd, 0, cdSize, cdOffset);
    let p = 0;
    let total = 0;
    let hasWorkbook = false;
    for (let n = 0; n < entries; n++) {
      if (p + 46 > cdSize || cd.readUInt32LE(p) !== 0x02014b50) return { ok: false, reason: 'badXlsx' };
      const compressed = cd.readUInt32LE(p + 20);
      const uncompressed = cd.readUInt32LE(p + 24);
      const nameLen = cd.readUInt16LE(p + 28);
      const extraLen = cd.readUInt16LE(p + 30);
      const commentLen = cd.readUInt16LE(p + 32);
      const name = cd.toString('utf8', p + 46, p + 46 + nameLen);
      if (name === 'xl/workbook.xml') hasWorkbook = true;
      if (uncompressed === 0xffffffff) return { ok: false, reason: 'zipBomb' };
      total += uncompressed;
      if (compressed > 0 && uncompressed / compressed > MAX_RATIO && uncompressed > 10 * 1024 * 1024)
        return { ok: false, reason: 'zipBomb' };
      p += 46 + nameLen + extraLen + commentLen;
    }
    if (total > MAX_UNZIPPED_BYTES) return { ok: false, reason: 'zipBomb' };
    if (!hasWorkbook) return { ok: false, reason: 'badXlsx' };
    return { ok: true, unzipped: total };
  } finally {
    await fh.close();
  }
}
