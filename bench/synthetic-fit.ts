// Non-activity FIT files for the synthetic Garmin export (monitoring, settings, device files), written byte
// by byte: a valid header, file_id, N small messages and both CRCs. The Garmin SDK is not used here: its
// licence forbids benchmarking uses.
import { fitCrc } from "../src/activities/fit/crc.ts";

/** file_id.type values Garmin exports are full of (32 monitoring_b, 2 settings, 1 device, 44/49 undocumented). */
export const NON_ACTIVITY_TYPES = [32, 32, 32, 32, 2, 1, 44, 49] as const;

const FIT_EPOCH_S = Date.UTC(1989, 11, 31) / 1000;

/** A non-activity FIT of about `bytes` bytes: file_id of `type`, then 8-byte monitoring-like messages. */
export function nonActivityFit(type: number, bytes: number, time: Date, serial: number): Uint8Array {
  const messages = Math.max(1, Math.floor((bytes - 60) / 8));
  const out = new Uint8Array(14 + 6 + 5 * 3 + 1 + 13 + 6 + 3 * 3 + messages * 8 + 2);
  const view = new DataView(out.buffer);
  let at = 14;
  // Definition, local 0: file_id (global 0): type enum, manufacturer uint16, serial uint32z, time_created uint32.
  at = definition(out, at, 0, 0, [
    [0, 1, 0x00],
    [1, 2, 0x84],
    [3, 4, 0x8c],
    [4, 4, 0x86],
  ]);
  const created = Math.floor(time.getTime() / 1000 - FIT_EPOCH_S);
  out[at++] = 0; // data, local 0
  out[at++] = type;
  view.setUint16(at, 1, true); // garmin
  view.setUint32(at + 2, serial, true);
  view.setUint32(at + 6, created, true);
  at += 10;
  // Definition, local 1: monitoring (global 55): timestamp uint32, cycles uint16, heart_rate uint8.
  at = definition(out, at, 1, 55, [
    [253, 4, 0x86],
    [3, 2, 0x84],
    [27, 1, 0x02],
  ]);
  for (let i = 0; i < messages; i++) {
    out[at++] = 1;
    view.setUint32(at, created + i * 60, true);
    view.setUint16(at + 4, (i * 7) & 0xffff, true);
    out[at + 6] = 50 + (i % 40);
    at += 7;
  }
  const end = at;
  writeHeader(out, end - 14);
  view.setUint16(end, fitCrc(out, 0, end), true);
  return out.subarray(0, end + 2);
}

function definition(
  out: Uint8Array,
  at: number,
  local: number,
  global: number,
  fields: readonly (readonly [number, number, number])[],
): number {
  out[at++] = 0x40 | local;
  out[at++] = 0; // reserved
  out[at++] = 0; // little-endian
  out[at++] = global & 0xff;
  out[at++] = global >> 8;
  out[at++] = fields.length;
  for (const [num, size, base] of fields) {
    out[at++] = num;
    out[at++] = size;
    out[at++] = base;
  }
  return at;
}

function writeHeader(out: Uint8Array, dataSize: number): void {
  const view = new DataView(out.buffer, out.byteOffset);
  out[0] = 14;
  out[1] = 0x20; // protocol 2.0
  view.setUint16(2, 2132, true);
  view.setUint32(4, dataSize, true);
  out.set([0x2e, 0x46, 0x49, 0x54], 8);
  view.setUint16(12, fitCrc(out, 0, 12), true);
}
