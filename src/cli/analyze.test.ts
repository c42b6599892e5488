import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { corpusDir, hasCorpus, noteCorpusSkip, repoRoot } from "../../test/corpus.ts";
import { gpxOf } from "../../test/synthetic-gpx.ts";
import { plannedRun, series } from "../../test/synthetic-runs.ts";
import { runAnalyze, type AnalyzeOptions } from "./analyze.ts";

const INJURY = "2026-03-20";

async function analyze(paths: string[], options: Partial<AnalyzeOptions> = {}) {
  let stdout = "";
  let stderr = "";
  const code = await runAnalyze(paths, { injuryDate: INJURY, asOf: INJURY, jobs: "1", tz: "UTC", ...options }, {
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
  });
  return { code, stdout, stderr };
}

describe("strideback analyze on GPX files of a synthetic history", () => {
  let dir = "";
  beforeAll(() => {
    // Easy runs every other day (8 km, every fourth 10 km); 6 x 30 s at 5.5 m/s from 02-28 (the last 3 weeks);
    // on 03-15 a 14 km run: 40 % over the longest (10 km) of the 30 days before.
    const sprints = { count: 6, seconds: 30, mps: 5.5 };
    const runs = [
      ...series("2026-01-10", 32, 2, (i, date) => ({ km: i % 4 === 3 ? 10 : 8, ...(date >= "2026-02-28" ? { sprints } : {}) })),
      plannedRun({ date: "2026-03-15", km: 14 }),
    ];
    dir = mkdtempSync(join(tmpdir(), "strideback-analyze-"));
    mkdirSync(join(dir, "older"));
    runs.forEach((run, i) => {
      const gpx = gpxOf(run);
      if (i < 10) writeFileSync(join(dir, "older", `run-${i}.gpx`), gpx);
      else if (i % 5 === 0) writeFileSync(join(dir, `run-${i}.gpx.gz`), gzipSync(gpx));
      else writeFileSync(join(dir, `run-${i}.gpx`), gpx);
    });
    writeFileSync(join(dir, "notes.txt"), "not an activity");
    writeFileSync(join(dir, "broken.gpx"), "<gpx><trk><trkseg><trkpt lat=");
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("prints the report as text, naming the spike and the new fast running with their numbers", async () => {
    const { code, stdout } = await analyze([dir]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Read 33 activities; 1 file could not be read\./);
    expect(stdout).toContain("could not read");
    expect(stdout).toContain("2026-03-15  14.0 km against 10.0 km");
    expect(stdout).toContain("+40 %  >30-100 %  hazard 1.52x");
    expect(stdout).toContain("1. A run much longer than your recent longest [LOAD-SPIKE]");
    expect(stdout).toContain("2. More fast running than before [LOAD-SPEED]");
    expect(stdout).not.toContain("[LOAD-CADENCE]");
    expect(stdout).toContain("keep any single run at or under 15.4 km");
  });

  it("prints the report as JSON with --json (decoded on 2 worker threads: the samples come back)", async () => {
    const { code, stdout } = await analyze([dir], { json: true, jobs: "2" });
    expect(code).toBe(0);
    const { files, history, report } = JSON.parse(stdout);
    expect(files.activities).toBe(33);
    expect(history.longestRunLast30DaysKm).toBeCloseTo(14, 1);
    expect(files.failed).toHaveLength(1);
    expect(report.factors.map((f: { id: string }) => f.id)).toEqual(["LOAD-SPIKE", "LOAD-SPEED"]);
    const [spike, speed] = report.factors;
    expect(spike.numbers.largestIncreasePct).toBeCloseTo(40, 0);
    expect(spike.numbers.largestRunKm).toBeCloseTo(14, 1);
    expect(spike.numbers.referenceKm).toBeCloseTo(10, 1);
    expect(spike.numbers.hazardRatio).toBe(1.52);
    expect(speed.numbers.baselineMinutesPerWeek).toBe(0);
    expect(speed.numbers.recentMinutesPerWeek).toBeGreaterThan(4);
    expect(report.cadence.kind).toBe("ok"); // the per-foot GPX cadence was read and compared
    expect(report.weeks).toHaveLength(8);
    expect(report.nextRunCap.capKm).toBeCloseTo(15.4, 1);
  });

  it("reads single files too", async () => {
    const { code, stdout } = await analyze([join(dir, "run-11.gpx"), join(dir, "run-12.gpx")], { json: true });
    expect(code).toBe(0);
    expect(JSON.parse(stdout).files.activities).toBe(2);
  });
});

describe("strideback analyze dates runs and today in --tz", () => {
  let dir = "";
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "strideback-analyze-tz-"));
    // 03:00 UTC on Monday 16 March = Sunday 15 March, 20:00 in Los Angeles.
    writeFileSync(join(dir, "evening.gpx"), gpxOf(plannedRun({ date: "2026-03-16T03:00:00Z", km: 12 })));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const jsonOf = async (tz: string, asOf?: string, now?: Date) => {
    let stdout = "";
    const options = { injuryDate: INJURY, jobs: "1", json: true, tz, ...(asOf ? { asOf } : {}) };
    const code = await runAnalyze([dir], options, { stdout: (t) => (stdout += t), stderr: () => undefined }, now);
    expect(code).toBe(0);
    return JSON.parse(stdout) as { history: { longestRunLast30DaysKm?: number }; report: { nextRunAsOf: string } };
  };

  it("counts a run in the 30 days by its date in the zone (14 Apr: the 30 days start on 16 Mar)", async () => {
    expect((await jsonOf("UTC", "2026-04-14")).history.longestRunLast30DaysKm).toBeCloseTo(12, 1);
    expect((await jsonOf("America/Los_Angeles", "2026-04-14")).history).toEqual({});
  });

  it("takes today in the zone when --as-of is not given", async () => {
    const now = new Date("2026-03-16T03:00:00Z");
    expect((await jsonOf("America/Los_Angeles", undefined, now)).report.nextRunAsOf).toBe("2026-03-15");
    expect((await jsonOf("Pacific/Auckland", undefined, now)).report.nextRunAsOf).toBe("2026-03-16");
  });

  it("refuses a zone it does not know: exit 2", async () => {
    const { code, stderr } = await analyze([dir], { tz: "PST" });
    expect(code).toBe(2);
    expect(stderr).toContain("--tz must be an IANA time zone");
  });
});

describe("strideback analyze arguments", () => {
  it.each([["2026-02-30"], ["20/03/2026"], ["tomorrow"]])("rejects --injury-date %j: exit 2 and says why", async (date) => {
    const { code, stdout, stderr } = await analyze(["."], { injuryDate: date });
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toBe(`strideback analyze: --injury-date must be a date as YYYY-MM-DD, got "${date}"\n`);
  });

  it("with --json the error is JSON too", async () => {
    const { code, stderr } = await analyze(["."], { injuryDate: "x", weeks: "0", json: true });
    expect(code).toBe(2);
    expect(JSON.parse(stderr)).toEqual({
      error: "invalid_arguments",
      message: "strideback analyze: invalid arguments",
      issues: [
        { path: "--injury-date", message: 'must be a date as YYYY-MM-DD, got "x"' },
        { path: "--weeks", message: 'must be a whole number from 1 to 104, got "0"' },
      ],
    });
  });

  it("exits 1 when nothing could be read", async () => {
    const { code, stderr } = await analyze(["/nonexistent/strideback"]);
    expect(code).toBe(1);
    expect(stderr).toMatch(/no activity found in \/nonexistent\/strideback; 1 file could not be read/);
  });

  it("is registered in the strideback program; a missing date exits 2 too", () => {
    const bin = join(repoRoot, "bin/strideback");
    const wrong = spawnSync(bin, ["analyze", "--injury-date", "2026-13-01", "."], { encoding: "utf8" });
    expect(wrong.status).toBe(2);
    expect(wrong.stderr).toContain("--injury-date must be a date as YYYY-MM-DD");
    const missing = spawnSync(bin, ["analyze", "."], { encoding: "utf8" });
    expect(missing.status).toBe(2);
    expect(missing.stderr).toBe("strideback analyze: --injury-date is required: the day of the injury as YYYY-MM-DD\n");
  });
});

describe.skipIf(!hasCorpus)("strideback analyze on the shared corpus", () => {
  noteCorpusSkip("strideback analyze on the shared corpus");

  it("reads FIT, GPX, TCX, .gz and zip files, reports the broken ones, and gives a report", async () => {
    const { code, stdout } = await analyze([corpusDir], { injuryDate: "2019-01-01", asOf: "2019-01-01", json: true });
    expect(code).toBe(0);
    const { files, report } = JSON.parse(stdout);
    expect(files.activities).toBeGreaterThan(80);
    for (const f of files.failed) expect(f.reason).not.toBe("");
    expect(report.weeks).toHaveLength(8);
    expect(report.injuryDate).toBe("2019-01-01");
  });
});
