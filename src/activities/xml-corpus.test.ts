// The GPX, TCX and zip files of the shared corpus, including the odd ones, each with the outcome it should
// have. Skipped (and said so) where the corpus is absent.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { corpusDir, hasCorpus, noteCorpusSkip } from "../../test/corpus.ts";
import { importPaths } from "./archive/import-paths.ts";
import type { ImportFileResult } from "./import-file.ts";
import { importBytes } from "./import-file.ts";

const list = (folder: string, ext: string) =>
  hasCorpus
    ? readdirSync(join(corpusDir, folder))
        .filter((f) => f.endsWith(ext))
        .map((f) => `${folder}/${f}`)
    : [];

describe.skipIf(!hasCorpus)("corpus: clean GPX and TCX files are activities", () => {
  noteCorpusSkip("GPX/TCX corpus");
  it.each([...list("gpx", ".gpx"), ...list("tcx", ".tcx")])("%s", (file) => {
    const result = importBytes(file, readFileSync(join(corpusDir, file)));
    expect(result.kind).toBe("activity");
    expect(result.records).toBeGreaterThan(10);
    expect(result.durationS).toBeGreaterThan(0);
    expect(result.distanceM).toBeGreaterThan(0);
    expect(Number.isNaN(Date.parse(result.start!))).toBe(false);
  });
});

/** Odd files: [file, outcome, records or reason]. */
const ODD: readonly (readonly [string, ImportFileResult["kind"], number | RegExp])[] = [
  ["gpx/odd/goldencheetah__MetadataOnly.gpx", "not_activity", /no trackpoints/],
  ["gpx/odd/gpxpy__cerknicko-without-times.gpx", "not_activity", /only 5 of 296 trackpoints have a time/],
  ["gpx/odd/gpxpy__gpx1.0_with_all_fields.gpx", "activity", 1],
  ["gpx/odd/gpxpy__gpx_with_garmin_extension.gpx", "not_activity", /waypoints/],
  ["gpx/odd/gpxpy__route.gpx", "not_activity", /a route of 55 points/],
  ["gpx/odd/gpxpy__track-with-empty-segment.gpx", "activity", 9],
  ["gpx/odd/gpxpy__track-with-less-sec-time.gpx", "activity", 2],
  ["gpx/odd/gpxpy__unicode_with_bom.gpx", "not_activity", /waypoints/],
  ["gpx/odd/opentracks__gpx_timezone.gpx", "activity", 1],
  ["gpx/odd/opentracks__legacy_gpx_pause_resume.gpx", "activity", 6],
  ["gpx/odd/opentracks__legacy_gpx_trackpointextensions_incorrect.gpx", "activity", 5],
  ["gpx/odd/sportslib__6037744996.gpx", "activity", 4040], // BOM + undeclared gpxdata: prefix
  ["gpx/odd/togeojson__empty_trk.gpx", "not_activity", /no trackpoints/],
  ["gpx/odd/togeojson__missing_hr.gpx", "activity", 16],
  ["tcx/odd/goldencheetah__activity_165850259_multi-session.tcx", "activity", 656], // first of 4 activities
  ["tcx/odd/sportslib__6281425038.tcx", "activity", 1545], // whitespace before <?xml
];

describe.skipIf(!hasCorpus)("corpus: odd GPX and TCX files", () => {
  it.each(ODD)("%s -> %s", (file, kind, expected) => {
    const result = importBytes(file, readFileSync(join(corpusDir, file)));
    expect(result.kind).toBe(kind);
    if (typeof expected === "number") expect(result.records).toBe(expected);
    else expect(result.error).toMatch(expected);
  });

  it("keeps the treadmill-like point without a position (10kUNLP2014 TCX: 686 of 686)", () => {
    const result = importBytes(
      "x.tcx",
      readFileSync(join(corpusDir, "tcx/goldencheetah__10kUNLP2014-Garmin15.tcx")),
    );
    expect(result.records).toBe(686);
  });

  it("reads heart rate and cadence from Garmin's ns3: GPX extension", () => {
    const result = importBytes("x.gpx", readFileSync(join(corpusDir, "gpx/sportslib__6782987395.gpx")));
    expect(result.activity?.summary.avgHeartRate).toBeCloseTo(137.3, 0);
    expect(result.activity?.summary.avgCadence).toBeGreaterThan(150);
  });

  it("warns that the multi-activity TCX had more activities", () => {
    const file = "tcx/odd/goldencheetah__activity_165850259_multi-session.tcx";
    expect(importBytes(file, readFileSync(join(corpusDir, file))).warnings).toContain(
      "the file holds 4 activities: only the first was read",
    );
  });
});

describe.skipIf(!hasCorpus)("corpus: zip archives", () => {
  it("imports every activity inside, skips junk, reports the invalid GPX", async () => {
    const results: ImportFileResult[] = [];
    await importPaths([join(corpusDir, "zip")], { onResult: (r) => void results.push(r) });
    const summary = results.map((r) => `${r.file.slice(r.file.lastIndexOf("/zip/") + 5)} ${r.kind}`).sort();
    expect(summary).toEqual([
      "fittrackee__gpx_test.zip!/test_1.gpx activity",
      "fittrackee__gpx_test.zip!/test_2.gpx activity",
      "fittrackee__gpx_test.zip!/test_3.gpx activity",
      "fittrackee__gpx_test_folder.zip!/folder/test_1.gpx activity",
      "fittrackee__gpx_test_folder.zip!/folder/test_2.gpx activity",
      "fittrackee__gpx_test_folder.zip!/folder/test_3.gpx activity",
      "fittrackee__gpx_test_incorrect.zip!/test_1.gpx activity",
      "fittrackee__gpx_test_incorrect.zip!/test_4.gpx not_activity",
      "goldencheetah__GarminFR955v18.zip!/14211916346_ACTIVITY.fit activity",
      "goldencheetah__Move_2019_03_17_10_24_32_Running.fit.zip!/Move_2019_03_17_10_24_32_Running.fit activity",
    ]);
  });
});
