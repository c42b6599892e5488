// Compiles a FIT definition message, once, into a small read plan: for each field the Activity needs, its
// offset in the data message, how to read it (base type) and where it goes (target). Every other field is
// skipped by size, so decoding a data message touches only the bytes we use.
import { RecordTarget, recordOp } from "./decode-record.ts";
import { Reader } from "./read-value.ts";

/** Base type number & 0x1F -> [size in bytes, reader]; null for the string type, whose size varies. */
const BASE_TYPES: readonly (readonly [number, Reader])[] = [
  [1, Reader.U8], // 0x00 enum
  [1, Reader.S8], // 0x01 sint8
  [1, Reader.U8], // 0x02 uint8
  [2, Reader.S16], // 0x83 sint16
  [2, Reader.U16], // 0x84 uint16
  [4, Reader.S32], // 0x85 sint32
  [4, Reader.U32], // 0x86 uint32
  [1, Reader.String], // 0x07 string
  [4, Reader.F32], // 0x88 float32
  [8, Reader.F64], // 0x89 float64
  [1, Reader.U8Z], // 0x0A uint8z
  [2, Reader.U16Z], // 0x8B uint16z
  [4, Reader.U32Z], // 0x8C uint32z
  [1, Reader.U8], // 0x0D byte
  [8, Reader.S64], // 0x8E sint64
  [8, Reader.U64], // 0x8F uint64
  [8, Reader.U64Z], // 0x90 uint64z
];

/** The messages we decode; everything else is `Other` (only its timestamp is read, for compressed timestamps). */
export const enum Kind {
  Other,
  FileId,
  Record,
  Lap,
  Session,
  Sport,
  Activity,
}

/** Field 253 of any message. Targets are sorted ascending in a plan, so the timestamp comes first. */
export const TARGET_TIMESTAMP = 0;

/** Targets of the non-record messages: each message's values land in a small scratch array by target. */
export const enum SummaryTarget {
  Type = 1, // file_id.type
  Manufacturer, // file_id.manufacturer
  Product, // file_id.product
  TimeCreated, // file_id.time_created
  ProductName, // file_id.product_name (string)
  StartTime, // lap/session start_time
  ElapsedTime, // total_elapsed_time (ms)
  TimerTime, // total_timer_time (ms)
  TotalDistance, // total_distance (cm)
  Sport,
  SubSport,
  LocalTimestamp, // activity.local_timestamp (seconds, local time on the FIT epoch)
}
export const SCRATCH_SIZE = 13;

const MESSAGE_KINDS: ReadonlyMap<number, Kind> = new Map([
  [0, Kind.FileId],
  [20, Kind.Record],
  [19, Kind.Lap],
  [18, Kind.Session],
  [12, Kind.Sport],
  [34, Kind.Activity],
]);

/** Field number -> target, per message kind (field 253 is the timestamp everywhere). */
const FIELD_TARGETS: Readonly<Record<Kind, ReadonlyMap<number, number>>> = {
  [Kind.Other]: new Map(),
  [Kind.FileId]: new Map([
    [0, SummaryTarget.Type],
    [1, SummaryTarget.Manufacturer],
    [2, SummaryTarget.Product],
    [4, SummaryTarget.TimeCreated],
    [8, SummaryTarget.ProductName],
  ]),
  [Kind.Record]: new Map([
    [0, RecordTarget.Latitude],
    [1, RecordTarget.Longitude],
    [2, RecordTarget.Altitude],
    [78, RecordTarget.EnhancedAltitude],
    [3, RecordTarget.HeartRate],
    [4, RecordTarget.Cadence],
    [53, RecordTarget.FractionalCadence],
    [5, RecordTarget.Distance],
    [6, RecordTarget.Speed],
    [73, RecordTarget.EnhancedSpeed],
    [8, RecordTarget.CompressedSpeedDistance],
  ]),
  [Kind.Lap]: new Map([
    [2, SummaryTarget.StartTime],
    [7, SummaryTarget.ElapsedTime],
    [8, SummaryTarget.TimerTime],
    [9, SummaryTarget.TotalDistance],
    [25, SummaryTarget.Sport],
  ]),
  [Kind.Session]: new Map([
    [2, SummaryTarget.StartTime],
    [7, SummaryTarget.ElapsedTime],
    [8, SummaryTarget.TimerTime],
    [9, SummaryTarget.TotalDistance],
    [5, SummaryTarget.Sport],
    [6, SummaryTarget.SubSport],
  ]),
  [Kind.Sport]: new Map([
    [0, SummaryTarget.Sport],
    [1, SummaryTarget.SubSport],
  ]),
  [Kind.Activity]: new Map([
    [0, SummaryTarget.TimerTime],
    [5, SummaryTarget.LocalTimestamp],
  ]),
};

export interface MessagePlan {
  readonly globalNumber: number;
  readonly kind: Kind;
  readonly littleEndian: boolean;
  /** Bytes of a data message after its 1-byte header (all fields, developer fields included). */
  readonly size: number;
  /** Parallel arrays, one entry per field we read, sorted by target. */
  readonly count: number;
  readonly offsets: readonly number[];
  readonly sizes: readonly number[];
  readonly readers: readonly number[];
  readonly targets: readonly number[];
  /** Record plans only: the fused op of each field (see decode-record.ts); empty elsewhere. */
  readonly ops: readonly number[];
  readonly isRecord: boolean;
}

/** FIELD_TARGETS as 256-entry tables (-1: not read), so compiling a definition does no map look-ups. */
const TARGET_TABLES: readonly Int8Array[] = [
  Kind.Other,
  Kind.FileId,
  Kind.Record,
  Kind.Lap,
  Kind.Session,
  Kind.Sport,
  Kind.Activity,
].map((kind) => {
  const table = new Int8Array(256).fill(-1);
  for (const [field, target] of FIELD_TARGETS[kind]) table[field] = target;
  table[253] = TARGET_TIMESTAMP;
  return table;
});

/** The reader for a field, or -1 when its declared size cannot hold even one value of its base type. */
function readerFor(baseType: number, size: number, target: number, kind: Kind): number {
  if (kind === Kind.Record && target === RecordTarget.CompressedSpeedDistance)
    return size >= 3 ? Reader.Bytes3 : -1;
  const base = BASE_TYPES[baseType & 0x1f];
  if (base === undefined || size < base[0]) return -1;
  return base[1];
}

/**
 * Compiles the definition whose fields start at `fieldsAt` (after the 5 fixed bytes).
 * The caller has checked that `fieldCount * 3` (and the developer fields) lie inside the buffer.
 */
export function compilePlan(
  bytes: Uint8Array,
  fieldsAt: number,
  fieldCount: number,
  developerBytes: number,
  globalNumber: number,
  littleEndian: boolean,
): MessagePlan {
  const kind = MESSAGE_KINDS.get(globalNumber) ?? Kind.Other;
  const table = TARGET_TABLES[kind]!;
  // Small plain arrays: cheaper to allocate than typed arrays, as fast to read (small integers).
  const offsets: number[] = [];
  const sizes: number[] = [];
  const readers: number[] = [];
  const targets: number[] = [];
  let offset = 0;
  for (let f = 0; f < fieldCount; f++) {
    const at = fieldsAt + f * 3;
    const size = bytes[at + 1]!;
    const target = table[bytes[at]!]!;
    const reader = target < 0 ? -1 : readerFor(bytes[at + 2]!, size, target, kind);
    if (reader >= 0) {
      // Insertion by target keeps the plan sorted (timestamp first; enhanced values after plain ones).
      let k = offsets.length;
      offsets.push(0);
      sizes.push(0);
      readers.push(0);
      targets.push(0);
      for (; k > 0 && targets[k - 1]! > target; k--) {
        offsets[k] = offsets[k - 1]!;
        sizes[k] = sizes[k - 1]!;
        readers[k] = readers[k - 1]!;
        targets[k] = targets[k - 1]!;
      }
      offsets[k] = offset;
      sizes[k] = size;
      readers[k] = reader;
      targets[k] = target;
    }
    offset += size;
  }
  const ops = kind === Kind.Record ? targets.map((t, k) => recordOp(t, readers[k]!, littleEndian)) : [];
  return {
    globalNumber,
    kind,
    littleEndian,
    size: offset + developerBytes,
    count: offsets.length,
    offsets,
    sizes,
    readers,
    targets,
    ops,
    isRecord: kind === Kind.Record,
  };
}
