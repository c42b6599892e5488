// FIT's CRC-16 (the reflected 0xA001 polynomial, as in the FIT protocol document), table-driven.

const TABLE = (() => {
  const t = new Uint16Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? (c >>> 1) ^ 0xa001 : c >>> 1;
    t[n] = c;
  }
  return t;
})();

/** CRC of bytes[start, end), continuing from `crc` (0 for a fresh one). */
export function fitCrc(bytes: Uint8Array, start: number, end: number, crc = 0): number {
  let c = crc;
  for (let i = start; i < end; i++) c = (c >>> 8) ^ TABLE[(c ^ bytes[i]!) & 0xff]!;
  return c;
}
