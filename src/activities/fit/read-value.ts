// Reads one FIT field value by its compiled reader; FIT's per-type "invalid" markers become NaN.
/** How a field's bytes become a number (NaN for FIT's "invalid" value of that base type). */
export const enum Reader {
  U8,
  S8,
  U8Z,
  U16,
  S16,
  U16Z,
  U32,
  S32,
  U32Z,
  F32,
  F64,
  U64,
  S64,
  U64Z,
  String,
  /** Three raw bytes, little-endian (record.compressed_speed_distance). */
  Bytes3,
}

const TWO_32 = 4294967296;

/** The number at `at`, or NaN for an invalid value (0xFF.., 0x7F.., 0 for the z-types, non-finite floats). */
export function readValue(
  view: DataView,
  bytes: Uint8Array,
  at: number,
  reader: Reader,
  le: boolean,
): number {
  switch (reader) {
    case Reader.U8: {
      const v = bytes[at]!;
      return v === 0xff ? Number.NaN : v;
    }
    case Reader.U16: {
      const v = view.getUint16(at, le);
      return v === 0xffff ? Number.NaN : v;
    }
    case Reader.U32: {
      const v = view.getUint32(at, le);
      return v === 0xffffffff ? Number.NaN : v;
    }
    case Reader.S32: {
      const v = view.getInt32(at, le);
      return v === 0x7fffffff ? Number.NaN : v;
    }
    case Reader.S8: {
      const v = view.getInt8(at);
      return v === 0x7f ? Number.NaN : v;
    }
    case Reader.U8Z: {
      const v = bytes[at]!;
      return v === 0 ? Number.NaN : v;
    }
    case Reader.S16: {
      const v = view.getInt16(at, le);
      return v === 0x7fff ? Number.NaN : v;
    }
    case Reader.U16Z: {
      const v = view.getUint16(at, le);
      return v === 0 ? Number.NaN : v;
    }
    case Reader.U32Z: {
      const v = view.getUint32(at, le);
      return v === 0 ? Number.NaN : v;
    }
    case Reader.F32: {
      const v = view.getFloat32(at, le);
      return Number.isFinite(v) ? v : Number.NaN;
    }
    case Reader.F64: {
      const v = view.getFloat64(at, le);
      return Number.isFinite(v) ? v : Number.NaN;
    }
    case Reader.U64:
    case Reader.S64:
    case Reader.U64Z:
      return read64(view, at, reader, le);
    case Reader.Bytes3: {
      const v = bytes[at]! | (bytes[at + 1]! << 8) | (bytes[at + 2]! << 16);
      return v === 0xffffff ? Number.NaN : v;
    }
    case Reader.String:
      return Number.NaN;
  }
}

function read64(view: DataView, at: number, reader: Reader, le: boolean): number {
  const hi = view.getUint32(le ? at + 4 : at, le);
  const lo = view.getUint32(le ? at : at + 4, le);
  if (reader === Reader.U64Z) return hi === 0 && lo === 0 ? Number.NaN : hi * TWO_32 + lo;
  if (reader === Reader.U64) return hi === 0xffffffff && lo === 0xffffffff ? Number.NaN : hi * TWO_32 + lo;
  if (hi === 0x7fffffff && lo === 0xffffffff) return Number.NaN;
  return (hi | 0) * TWO_32 + lo;
}

/** A NUL-terminated UTF-8 string field, or null when empty. */
export function readString(bytes: Uint8Array, at: number, size: number): string | null {
  let end = at;
  while (end < at + size && bytes[end] !== 0) end++;
  if (end === at) return null;
  return new TextDecoder().decode(bytes.subarray(at, end));
}
