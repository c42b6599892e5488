// FIT's CRC-16 (the reflected 0xA001 polynomial, as in the FIT protocol document), sliced by 8: eight table
// look-ups per 8 bytes instead of a dependent chain of eight, so checking a file costs little next to decoding it.

const TABLES = (() => {
  const t = new Uint16Array(8 * 256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? (c >>> 1) ^ 0xa001 : c >>> 1;
    t[n] = c;
  }
  for (let n = 0; n < 256; n++) {
    for (let k = 1; k < 8; k++) {
      const prev = t[(k - 1) * 256 + n]!;
      t[k * 256 + n] = (prev >>> 8) ^ t[prev & 0xff]!;
    }
  }
  return t;
})();

/** CRC of bytes[start, end), continuing from `crc` (0 for a fresh one). */
export function fitCrc(bytes: Uint8Array, start: number, end: number, crc = 0): number {
  const t = TABLES;
  let c = crc;
  let i = start;
  for (; i + 8 <= end; i += 8) {
    c =
      t[7 * 256 + ((c ^ bytes[i]!) & 0xff)]! ^
      t[6 * 256 + (((c >>> 8) ^ bytes[i + 1]!) & 0xff)]! ^
      t[5 * 256 + bytes[i + 2]!]! ^
      t[4 * 256 + bytes[i + 3]!]! ^
      t[3 * 256 + bytes[i + 4]!]! ^
      t[2 * 256 + bytes[i + 5]!]! ^
      t[256 + bytes[i + 6]!]! ^
      t[bytes[i + 7]!]!;
  }
  for (; i < end; i++) c = (c >>> 8) ^ t[(c ^ bytes[i]!) & 0xff]!;
  return c;
}
