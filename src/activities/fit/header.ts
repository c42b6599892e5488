// Reads one FIT file header (12 or 14 bytes, ".FIT" signature, optional header CRC).
import { fitCrc } from "./crc.ts";

export type FitHeader =
  | {
      readonly kind: "header";
      readonly headerSize: number;
      /** Declared size of the data records (may be 0 or wrong in unfinalised or buggy files). */
      readonly dataSize: number;
      /** False when the header carries a CRC that does not match. */
      readonly headerCrcOk: boolean;
    }
  | { readonly kind: "not_fit"; readonly reason: string };

const MIN_HEADER_SIZE = 12;

function hasSignature(bytes: Uint8Array, at: number): boolean {
  return (
    bytes[at + 8] === 0x2e && bytes[at + 9] === 0x46 && bytes[at + 10] === 0x49 && bytes[at + 11] === 0x54
  );
}

export function readFitHeader(bytes: Uint8Array, at: number): FitHeader {
  const left = bytes.length - at;
  if (left < MIN_HEADER_SIZE)
    return { kind: "not_fit", reason: `only ${left} bytes at byte ${at}, a FIT header needs 12` };
  const headerSize = bytes[at]!;
  if (!hasSignature(bytes, at)) return { kind: "not_fit", reason: `no ".FIT" signature at byte ${at + 8}` };
  if (headerSize < MIN_HEADER_SIZE || headerSize > left) {
    return { kind: "not_fit", reason: `header size ${headerSize} at byte ${at} is impossible` };
  }
  const dataSize =
    (bytes[at + 4]! | (bytes[at + 5]! << 8) | (bytes[at + 6]! << 16) | (bytes[at + 7]! << 24)) >>> 0;
  let headerCrcOk = true;
  if (headerSize >= 14) {
    const declared = bytes[at + 12]! | (bytes[at + 13]! << 8);
    headerCrcOk = declared === 0 || declared === fitCrc(bytes, at, at + 12);
  }
  return { kind: "header", headerSize, dataSize, headerCrcOk };
}
