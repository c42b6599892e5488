import { describe, it, expect } from "vitest";
import fc from "fast-check";
import { fitCrc } from "./crc.ts";

/** The FIT protocol document's nibble-wise CRC, as the reference. */
function referenceCrc(bytes: Uint8Array): number {
  const table = [
    0x0000, 0xcc01, 0xd801, 0x1400, 0xf001, 0x3c00, 0x2800, 0xe401, 0xa001, 0x6c00, 0x7800, 0xb401, 0x5000,
    0x9c01, 0x8801, 0x4400,
  ];
  let crc = 0;
  for (const byte of bytes) {
    let tmp = table[crc & 0xf]!;
    crc = (crc >> 4) & 0x0fff;
    crc = crc ^ tmp ^ table[byte & 0xf]!;
    tmp = table[crc & 0xf]!;
    crc = (crc >> 4) & 0x0fff;
    crc = crc ^ tmp ^ table[(byte >> 4) & 0xf]!;
  }
  return crc;
}

describe("fitCrc", () => {
  it("matches the FIT protocol's reference CRC on any bytes and any range", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 100 }), fc.nat(), fc.nat(), (bytes, a, b) => {
        const start = bytes.length === 0 ? 0 : a % bytes.length;
        const end = start + (bytes.length === 0 ? 0 : b % (bytes.length - start + 1));
        expect(fitCrc(bytes, start, end)).toBe(referenceCrc(bytes.subarray(start, end)));
      }),
    );
  });

  it("continues from a previous CRC", () => {
    const bytes = new TextEncoder().encode("a FIT file is a header, data records and a CRC");
    expect(fitCrc(bytes, 20, bytes.length, fitCrc(bytes, 0, 20))).toBe(fitCrc(bytes, 0, bytes.length));
  });
});
