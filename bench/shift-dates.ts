// Moves an activity file's dates by whole days, for the synthetic 10-year export: the same run, on another
// day, at the same time of day. FIT: every date_time field of the profile (field 253 of any message, plus
// start_time, time_created, local_timestamp, ...) gets days * 86,400 s added and each chained file's CRC is
// written again; a whole number of days is a multiple of 32 s, so compressed timestamp headers stay right.
// GPX/TCX: the date part of every ISO date-time in the text moves, time of day and zone left as written.
import { fitCrc } from "../src/activities/fit/crc.ts";
import { readFitHeader } from "../src/activities/fit/header.ts";

const DAY_S = 86_400;
/** FIT date_time values below this are device time (seconds since power-on), not dates: left alone. */
const MIN_DATE = 0x10000000;
const INVALID = 0xffffffff;

/** Date fields other than 253 (timestamp, a date_time in every message), by global message number. */
const DATE_FIELDS = new Map<number, readonly number[]>([
  [0, [4]], // file_id.time_created
  [2, [39]], // device_settings.clock_time
  [15, [2, 3]], // goal.start_date, end_date
  [18, [2]], // session.start_time
  [19, [2]], // lap.start_time
  [21, [15]], // event.start_timestamp
  [28, [3, 6]], // schedule.time_created, scheduled_time
  [32, [1]], // course_point.timestamp
  [34, [5]], // activity.local_timestamp
  [55, [11]], // monitoring.local_timestamp
  [72, [4]], // training_file.time_created
  [101, [2]], // length.start_time
  [103, [0]], // monitoring_info.local_timestamp
  [128, [9]], // weather_conditions.observed_at_time
  [129, [1, 2]], // weather_alert.issue_time, expire_time
  [142, [2]], // segment_lap.start_time
  [160, [6]], // gps_metadata.utc_timestamp
  [162, [1, 3]], // timestamp_correlation.system_timestamp, local_timestamp
  [174, [6]], // obdii_data.start_timestamp
  [187, [1, 3]], // video_clip.start_timestamp, end_timestamp
  [225, [6, 254]], // set.start_time, timestamp
  [227, [1]], // stress_level.stress_level_time
  [229, [0]], // max_met_data.update_time
  [312, [9, 27]], // split.start_time, end_time
  [313, [79]], // split_summary.start_time
  [398, [0]], // skin_temp_overnight.local_timestamp
  [412, [0, 2, 7]], // nap_event.start_time, end_time, update_timestamp
]);

interface LocalDefinition {
  readonly littleEndian: boolean;
  /** Byte offsets (within the data record's content) of the 4-byte date fields. */
  readonly dateOffsets: readonly number[];
  readonly size: number;
}

export interface FitShift {
  readonly bytes: Uint8Array;
  /** Date values moved. */
  readonly shifted: number;
  /** False when a record could not be read: dates after it were left as they were. */
  readonly complete: boolean;
}

/** A copy of the FIT file (chained files too) with every date moved by `days`. */
export function shiftFitDays(input: Uint8Array, days: number): FitShift {
  const bytes = Uint8Array.from(input);
  const view = new DataView(bytes.buffer);
  const delta = days * DAY_S;
  let shifted = 0;
  let at = 0;
  while (at < bytes.length) {
    const header = readFitHeader(bytes, at);
    if (header.kind !== "header") return { bytes, shifted, complete: at > 0 };
    const dataStart = at + header.headerSize;
    const declaredEnd = dataStart + header.dataSize;
    const finalised = header.dataSize > 0 && declaredEnd + 2 <= bytes.length;
    const end = finalised ? declaredEnd : bytes.length;
    // A file whose CRC was right gets a right one again; a wrong one (or none, 0) stays as it was.
    const crcWasRight =
      finalised &&
      view.getUint16(declaredEnd, true) !== 0 &&
      view.getUint16(declaredEnd, true) === fitCrc(bytes, at, declaredEnd);
    const walk = shiftRecords(bytes, view, dataStart, end, delta);
    shifted += walk.shifted;
    if (!walk.complete || !finalised) return { bytes, shifted, complete: walk.complete };
    if (crcWasRight) view.setUint16(declaredEnd, fitCrc(bytes, at, declaredEnd), true);
    at = declaredEnd + 2;
  }
  return { bytes, shifted, complete: true };
}

function shiftRecords(
  bytes: Uint8Array,
  view: DataView,
  start: number,
  end: number,
  delta: number,
): { shifted: number; complete: boolean } {
  const locals: (LocalDefinition | undefined)[] = [];
  let shifted = 0;
  let at = start;
  while (at < end) {
    const h = bytes[at++]!;
    if ((h & 0x80) === 0 && (h & 0x40) !== 0) {
      if (at + 5 > end) return { shifted, complete: false };
      const littleEndian = bytes[at + 1] === 0;
      const global = view.getUint16(at + 2, littleEndian);
      const fields = bytes[at + 4]!;
      at += 5;
      if (at + fields * 3 > end) return { shifted, complete: false };
      const dateFields = DATE_FIELDS.get(global);
      const dateOffsets: number[] = [];
      let size = 0;
      for (let i = 0; i < fields; i++, at += 3) {
        const num = bytes[at]!;
        const fieldSize = bytes[at + 1]!;
        if (fieldSize === 4 && (num === 253 || dateFields?.includes(num))) dateOffsets.push(size);
        size += fieldSize;
      }
      if ((h & 0x20) !== 0) {
        if (at >= end) return { shifted, complete: false };
        const devFields = bytes[at++]!;
        if (at + devFields * 3 > end) return { shifted, complete: false };
        for (let i = 0; i < devFields; i++, at += 3) size += bytes[at + 1]!;
      }
      locals[h & 0x0f] = { littleEndian, dateOffsets, size };
      continue;
    }
    const def = locals[(h & 0x80) !== 0 ? (h >> 5) & 0x03 : h & 0x0f];
    if (def === undefined || at + def.size > end) return { shifted, complete: false };
    for (const offset of def.dateOffsets) {
      const value = view.getUint32(at + offset, def.littleEndian);
      if (value < MIN_DATE || value === INVALID) continue;
      view.setUint32(at + offset, value + delta, def.littleEndian);
      shifted++;
    }
    at += def.size;
  }
  return { shifted, complete: true };
}

const ISO_DATE_TIME = /\b(\d{4})-(\d{2})-(\d{2})(?=T\d{2}:\d{2})/g;

/** GPX or TCX text with the date of every ISO date-time moved by `days` (time of day and zone kept). */
export function shiftXmlDays(text: string, days: number): { text: string; shifted: number } {
  let shifted = 0;
  const out = text.replace(ISO_DATE_TIME, (match, y: string, m: string, d: string) => {
    const t = Date.UTC(Number(y), Number(m) - 1, Number(d));
    if (Number.isNaN(t)) return match;
    shifted++;
    return new Date(t + days * DAY_S * 1000).toISOString().slice(0, 10);
  });
  return { text: out, shifted };
}
