// The contract every importer meets: the same activity exported as FIT, GPX and TCX decodes to the same
// start, duration, distance and averages (within what each format can carry). Real files from the corpus.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { corpusDir, hasCorpus, noteCorpusSkip } from "../../test/corpus.ts";
import { importBytes } from "./import-file.ts";

interface Group {
  readonly id: string;
  readonly sport: string;
  readonly files: readonly string[];
  /** Relative distance tolerance; GPX without a distance channel sums GPS positions, jitter included. */
  readonly distanceTolerance: number;
}

const GROUPS: readonly Group[] = [
  {
    id: "4801048867 (FR935 ride, 86 min)",
    sport: "cycling",
    files: [
      "fit/sweatpy__4801048867.fit",
      "gpx/sweatpy__activity_4801048867.gpx",
      "gpx/sweatpy__4801048867_strava.gpx",
      "tcx/sweatpy__activity_4801048867.tcx",
    ],
    distanceTolerance: 0.01,
  },
  {
    id: "6782987395 (FR945 run, 83 min)",
    sport: "running",
    files: [
      "fit/sportslib__6782987395.fit",
      "gpx/sportslib__6782987395.gpx",
      "tcx/sportslib__6782987395.tcx",
    ],
    distanceTolerance: 0.015,
  },
  {
    id: "10kUNLP2014 (Forerunner 15, 10 km race)",
    sport: "running",
    files: ["fit/goldencheetah__10kUNLP2014-Garmin15.fit", "tcx/goldencheetah__10kUNLP2014-Garmin15.tcx"],
    distanceTolerance: 0.001,
  },
  {
    // Two minutes nearly in place: position jitter adds a third to the GPX's summed distance.
    id: "5039744860 (Edge 1000, 2 min)",
    sport: "cycling",
    files: [
      "fit/sweatpy__2020-06-01-16-52-40.fit",
      "gpx/sweatpy__activity_5039744860.gpx",
      "tcx/sweatpy__activity_5039744860.tcx",
    ],
    distanceTolerance: 0.4,
  },
];

function decode(file: string) {
  const result = importBytes(file, readFileSync(join(corpusDir, file)));
  if (!result.activity) throw new Error(`${file}: ${result.error}`);
  return { ...result, activity: result.activity };
}

describe.skipIf(!hasCorpus)("every importer agrees on the same activity", () => {
  noteCorpusSkip("importer contract suite");
  describe.each(GROUPS)("$id", (group) => {
    // Collected even when skipped: decode only when the corpus is there.
    const [reference, ...others] = hasCorpus ? group.files.map(decode) : [];
    it.each(others.map((o) => [o.file, o] as const))("%s matches the FIT file", (_, other) => {
      const ref = reference!;
      expect(other.sport).toBe(group.sport);
      expect(ref.sport).toBe(group.sport);
      expect(Math.abs(Date.parse(other.start!) - Date.parse(ref.start!))).toBeLessThanOrEqual(1000);
      expect(other.durationS!).toBeCloseTo(ref.durationS!, 0);
      expect(Math.abs(other.distanceM! - ref.distanceM!) / ref.distanceM!).toBeLessThanOrEqual(
        group.distanceTolerance,
      );
      expect(Math.abs(other.records - ref.records) / ref.records).toBeLessThanOrEqual(0.05);
      const hr = (r: typeof ref) => r.activity.summary.avgHeartRate;
      if (hr(ref) !== null) expect(Math.abs(hr(other)! - hr(ref)!)).toBeLessThan(1);
      const cadence = (r: typeof ref) => r.activity.summary.avgCadence;
      if (cadence(ref) !== null && cadence(other) !== null)
        expect(Math.abs(cadence(other)! - cadence(ref)!)).toBeLessThan(1);
    });
  });
});
