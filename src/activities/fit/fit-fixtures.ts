// Test support: small FIT files made in memory, with Garmin's encoder (@garmin/fitsdk, a dev dependency)
// or assembled byte by byte for what the encoder cannot write (compressed timestamps, developer fields).
import {
  Encoder,
  type ActivityMesg,
  type Encodable,
  type FileIdMesg,
  type LapMesg,
  type Mesg,
  type RecordMesg,
  type SessionMesg,
  type UserProfileMesg,
} from "@garmin/fitsdk";
import { fitCrc } from "./crc.ts";

/** FIT global message numbers used here. */
const MESG = { FILE_ID: 0, USER_PROFILE: 3, SESSION: 18, LAP: 19, RECORD: 20, ACTIVITY: 34 } as const;

const FIT_EPOCH_MS = Date.UTC(1989, 11, 31);
export const FIXTURE_START = new Date("2024-05-01T06:00:00.000Z");

export interface ActivityFixture {
  readonly records?: number;
  readonly sport?: SessionMesg["sport"];
  readonly subSport?: SessionMesg["subSport"];
  /** Strides per minute (FIT's running cadence). */
  readonly cadence?: number;
  readonly speedMps?: number;
  readonly start?: Date;
  /** Seconds east of UTC: written as activity.local_timestamp (absent when not given). */
  readonly localOffsetS?: number;
}

/** Writes one message, type-checked against its message interface. */
function write<T extends Mesg>(e: Encoder, mesg: Encodable<T>): void {
  e.writeMesg(mesg);
}

/** An activity FIT file: file_id, 1 Hz records, one lap, one session, the activity message. */
export function activityFit(f: ActivityFixture = {}): Uint8Array {
  const n = f.records ?? 600;
  const speed = f.speedMps ?? 3;
  const start = f.start ?? FIXTURE_START;
  const at = (s: number): Date => new Date(start.getTime() + s * 1000);
  const e = new Encoder();
  write<FileIdMesg>(e, {
    mesgNum: MESG.FILE_ID,
    type: "activity",
    manufacturer: "garmin",
    product: 2697,
    timeCreated: start,
    serialNumber: 1234,
  });
  for (let i = 0; i < n; i++) {
    write<RecordMesg>(e, {
      mesgNum: MESG.RECORD,
      timestamp: at(i),
      positionLat: Math.round((45 + i * 0.00002) * (2 ** 31 / 180)),
      positionLong: Math.round(7 * (2 ** 31 / 180)),
      distance: i * speed,
      speed,
      heartRate: 150,
      cadence: f.cadence ?? 85,
      altitude: 100 + (i % 50),
    });
  }
  const totals = {
    startTime: start,
    totalElapsedTime: n - 1,
    totalTimerTime: n - 1,
    totalDistance: (n - 1) * speed,
  };
  write<LapMesg>(e, { mesgNum: MESG.LAP, timestamp: at(n - 1), ...totals });
  write<SessionMesg>(e, {
    mesgNum: MESG.SESSION,
    timestamp: at(n - 1),
    sport: f.sport ?? "running",
    subSport: f.subSport ?? "generic",
    ...totals,
  });
  write<ActivityMesg>(e, {
    mesgNum: MESG.ACTIVITY,
    timestamp: at(n - 1),
    numSessions: 1,
    totalTimerTime: n - 1,
    ...(f.localOffsetS === undefined ? {} : { localTimestamp: fitTime(at(n - 1)) + f.localOffsetS }),
  });
  return e.close();
}

/** A settings file (file_id.type 2): a non-activity file as Garmin exports hold by the thousand. */
export function settingsFit(): Uint8Array {
  const e = new Encoder();
  write<FileIdMesg>(e, {
    mesgNum: MESG.FILE_ID,
    type: "settings",
    manufacturer: "garmin",
    product: 2697,
    serialNumber: 1234,
  });
  write<UserProfileMesg>(e, {
    mesgNum: MESG.USER_PROFILE,
    friendlyName: "runner",
    weight: 70,
    gender: "female",
  });
  return e.close();
}

export function concatBytes(...parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/** Seconds since the FIT epoch for a Date. */
export function fitTime(d: Date): number {
  return Math.round((d.getTime() - FIT_EPOCH_MS) / 1000);
}

// ---- hand assembly ----

export interface FieldSpec {
  readonly num: number;
  readonly size: number;
  readonly baseType: number;
}

export const BASE = {
  enum: 0x00,
  uint8: 0x02,
  uint16: 0x84,
  sint32: 0x85,
  uint32: 0x86,
  byte: 0x0d,
} as const;

/** A definition message for `local`; `developerSizes` adds developer fields (and sets the header's bit 5). */
export function definition(
  local: number,
  globalNumber: number,
  fields: readonly FieldSpec[],
  opts: { bigEndian?: boolean; developerSizes?: readonly number[] } = {},
): number[] {
  const dev = opts.developerSizes ?? [];
  const header = 0x40 | (dev.length > 0 ? 0x20 : 0) | local;
  const global = opts.bigEndian
    ? [globalNumber >> 8, globalNumber & 0xff]
    : [globalNumber & 0xff, globalNumber >> 8];
  const out = [header, 0, opts.bigEndian ? 1 : 0, ...global, fields.length];
  for (const f of fields) out.push(f.num, f.size, f.baseType);
  if (dev.length > 0) {
    out.push(dev.length);
    dev.forEach((size, i) => out.push(i, size, 0));
  }
  return out;
}

/** Little- or big-endian bytes of an unsigned integer of `size` bytes. */
export function uint(value: number, size: number, bigEndian = false): number[] {
  const out: number[] = [];
  for (let i = 0; i < size; i++) out.push(Math.floor(value / 256 ** i) % 256);
  return bigEndian ? out.reverse() : out;
}

/** A complete FIT file (14-byte header with CRC, the data, the file CRC) around hand-made message bytes. */
export function fitFile(data: readonly number[], opts: { dataSize?: number } = {}): Uint8Array {
  const header = [
    14,
    0x20,
    ...uint(2195, 2),
    ...uint(opts.dataSize ?? data.length, 4),
    0x2e,
    0x46,
    0x49,
    0x54,
  ];
  const out = new Uint8Array(14 + data.length + 2);
  out.set(header, 0);
  const headerCrc = fitCrc(out, 0, 12);
  out.set(uint(headerCrc, 2), 12);
  out.set(data, 14);
  out.set(uint(fitCrc(out, 0, 14 + data.length), 2), 14 + data.length);
  return out;
}

/** file_id (type 4, activity) as local 15: a definition and its data message. */
export function activityFileId(): number[] {
  return [...definition(15, 0, [{ num: 0, size: 1, baseType: BASE.enum }]), 15, 4];
}
