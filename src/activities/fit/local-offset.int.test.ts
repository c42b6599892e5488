// The UTC offset of every corpus FIT file against Garmin's SDK (the oracle): our offset must be the SDK's
// activity.local_timestamp − activity.timestamp rounded to 15 minutes, or null where the SDK has none or
// the difference is no time zone (a local clock that was never set).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { Decoder, Stream } from "@garmin/fitsdk";
import { corpusDir, hasCorpus, noteCorpusSkip, corpusFitFiles } from "../../../test/corpus.ts";
import { decodeFit } from "./decode-fit.ts";

const FIT_EPOCH_S = 631_065_600;


function read(path: string): Uint8Array {
  const raw = readFileSync(join(corpusDir, path));
  return new Uint8Array(path.endsWith(".gz") ? gunzipSync(raw) : raw);
}

/** The SDK's raw local − UTC seconds of the first activity message with both, or null. */
function sdkRawOffset(bytes: Uint8Array): number | null {
  const { messages } = new Decoder(Stream.fromByteArray(bytes)).read();
  for (const m of messages.activityMesgs ?? []) {
    const local: unknown = m.localTimestamp;
    if (m.timestamp instanceof Date && typeof local === "number") return local - (m.timestamp.getTime() / 1000 - FIT_EPOCH_S);
  }
  return null;
}

/** Checked by hand: where and when each was recorded fits the offset. */
const KNOWN: Readonly<Record<string, number | null>> = {
  "fitparse__garmin-fenix-5-run.fit": -7 * 3600, // June, US Mountain daylight time
  "fitparse__event_timestamp.fit": -4 * 3600, // June, US Eastern daylight time
  "fitparse__2019-02-17-062644-ELEMNT-297E-195-0.fit": 8 * 3600, // a Wahoo ELEMNT at UTC+8 (the file is named by its UTC start)
  "sportslib__6860622783.fit": -5 * 3600, // February, US Eastern standard time
  "sweatpy__4801048867.fit": 2 * 3600, // April, central European summer time
  "goldencheetah__Garmin920_withFirstbeat.fit": 1 * 3600, // New Year's Day, central European time
  "fitparse__2013-02-06-12-11-14.fit": null, // no local_timestamp
  "goldencheetah__14582164182.fit.gz": null, // local_timestamp 1746: a clock never set
  "fitparse__null_compressed_speed_dist.fit": null, // local_timestamp 0 (Zwift)
};

noteCorpusSkip("FIT UTC offsets (ours vs @garmin/fitsdk)");

describe.skipIf(!hasCorpus)("FIT UTC offset from activity.local_timestamp, on the corpus", () => {
  it.each(corpusFitFiles())("%s", (path) => {
    const bytes = read(path);
    const result = decodeFit(bytes);
    if (result.kind !== "activity") return;
    const raw = sdkRawOffset(bytes);
    const expected = raw === null || Math.abs(raw) > 14 * 3600 + 450 ? null : Math.round(raw / 900) * 900;
    expect(result.activity.utcOffsetS).toBe(expected === null ? null : expected + 0);
    const name = path.split("/").at(-1)!;
    if (name in KNOWN) expect(result.activity.utcOffsetS).toBe(KNOWN[name]);
  });

  it("finds offsets in most files and hand-checked files exist", () => {
    const files = corpusFitFiles();
    const names = new Set(files.map((p) => p.split("/").at(-1)));
    expect(Object.keys(KNOWN).filter((n) => !names.has(n))).toEqual([]);
    const withOffset = files.filter((p) => {
      const r = decodeFit(read(p));
      return r.kind === "activity" && r.activity.utcOffsetS !== null;
    });
    expect(withOffset.length).toBeGreaterThanOrEqual(25);
  });
});
