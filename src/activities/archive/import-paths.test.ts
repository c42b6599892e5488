import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { zipSync, type Zippable } from "fflate";
import { afterAll, describe, expect, it } from "vitest";
import { activityFit, settingsFit } from "../fit/fit-fixtures.ts";
import type { ImportFileResult } from "../import-file.ts";
import { importPaths } from "./import-paths.ts";
import { DEFAULT_LIMITS, type ImportLimits } from "./limits.ts";

const dir = mkdtempSync(join(tmpdir(), "strideback-archive-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const text = (s: string) => new TextEncoder().encode(s);

function gpxRun(minute: number): string {
  const points = Array.from(
    { length: 20 },
    (_, i) =>
      `<trkpt lat="${45 + i * 0.0001}" lon="6"><time>2024-05-02T07:${String(minute).padStart(2, "0")}:${String(i).padStart(2, "0")}Z</time></trkpt>`,
  ).join("");
  return `<?xml version="1.0"?><gpx version="1.1" creator="StravaGPX"><trk><trkseg>${points}</trkseg></trk></gpx>`;
}

function tcxRun(): string {
  const points = Array.from(
    { length: 10 },
    (_, i) =>
      `<Trackpoint><Time>2024-05-03T07:00:0${i}Z</Time><DistanceMeters>${i * 3}</DistanceMeters></Trackpoint>`,
  ).join("");
  return `<TrainingCenterDatabase><Activities><Activity Sport="Running"><Lap StartTime="2024-05-03T07:00:00Z"><Track>${points}</Track></Lap></Activity></Activities></TrainingCenterDatabase>`;
}

function writeZip(name: string, files: Zippable): string {
  const path = join(dir, name);
  writeFileSync(path, zipSync(files));
  return path;
}

async function run(paths: string[], limits: ImportLimits = DEFAULT_LIMITS): Promise<ImportFileResult[]> {
  const results: ImportFileResult[] = [];
  await importPaths(paths, { limits, onResult: (r) => void results.push(r) });
  return results;
}

const byKind = (results: readonly ImportFileResult[], kind: ImportFileResult["kind"]) =>
  results.filter((r) => r.kind === kind);
const names = (results: readonly ImportFileResult[]) =>
  results.map((r) => r.file.slice(r.file.indexOf("!/") + 2)).sort();

/** German headers, as a localised Strava export has them; Filename is found by its values. */
const STRAVA_CSV = [
  "Aktivitäts-ID,Datum der Aktivität,Name der Aktivität,Aktivitätsart,Beschreibung,Verstrichene Zeit,Distanz,Max. Herzfrequenz,Relative Effort,Pendeln,Private Notiz,Ausrüstung,Dateiname",
  `1,"2. Mai 2024, 07:00:00",Morgenlauf,Run,"a description, with a comma
and a newline",19,0.2,,,false,,,activities/2.gpx`,
  "2,1. Mai 2024,Ride,Ride,,,,,,,,,activities/1.fit.gz",
  "3,3. Mai 2024,Manual,Run,,,,,,,,,",
].join("\n");

describe("importPaths on a Strava export", () => {
  it("imports activities/ (fit.gz, gpx, tcx.gz), takes the GPX's sport from activities.csv, and reads nothing else", async () => {
    const zip = writeZip("export_123.zip", {
      "activities.csv": text(STRAVA_CSV),
      "activities/1.fit.gz": gzipSync(activityFit({ records: 60 })),
      "activities/2.gpx": text(gpxRun(0)),
      "activities/3.tcx.gz": gzipSync(text(tcxRun())),
      "media/photo.jpg": new Uint8Array(1000).fill(7),
      "media/clip.gpx": text("not even xml"),
      "routes/1.gpx": text(gpxRun(5)),
      "profile.csv": text("a,b\n1,2"),
      "__MACOSX/activities/._2.gpx": text("junk"),
    });
    const results = await run([zip]);
    expect(names(results)).toEqual(["activities/1.fit.gz", "activities/2.gpx", "activities/3.tcx.gz"]);
    expect(results.every((r) => r.ok)).toBe(true);
    const gpx = results.find((r) => r.file.endsWith("2.gpx"));
    expect(gpx?.sport).toBe("running");
    expect(gpx?.activity?.sport).toBe("running");
    expect(results.find((r) => r.file.endsWith("1.fit.gz"))?.format).toBe("fit");
  });
});

describe("importPaths on a Garmin export", () => {
  it("opens the nested UploadedFiles zips and skips non-activity FIT files by their file_id", async () => {
    const uploaded: Zippable = {
      "me@example.com_1.fit": activityFit({ records: 30 }),
      "me@example.com_2.fit": activityFit({ records: 40, start: new Date("2024-05-04T06:00:00Z") }),
    };
    for (let i = 3; i < 8; i++) uploaded[`me@example.com_${i}.fit`] = settingsFit();
    const summaries = JSON.stringify([
      { summarizedActivitiesExport: [{ activityType: "running", startTimeGmt: 1714543200000 }] },
    ]);
    const zip = writeZip("garmin.zip", {
      "DI_CONNECT/DI-Connect-Uploaded-Files/UploadedFiles_0-_Part1.zip": zipSync(uploaded),
      "DI_CONNECT/DI-Connect-Fitness/me@example.com_0_summarizedActivities.json": text(summaries),
      "DI_CONNECT/DI-Connect-Wellness/sleepData.json": text("[]"),
    });
    let summaryCount = -1;
    const results: ImportFileResult[] = [];
    const done: number[] = [];
    await importPaths([zip], {
      onResult: (r) => void results.push(r),
      onGarminSummaries: (n) => (summaryCount = n),
      onProgress: (p) => done.push(p.doneBytes / p.totalBytes),
    });
    expect(done.length).toBeGreaterThanOrEqual(7); // one per result, and one per entry read without a result
    expect(done.at(-1)).toBeCloseTo(1, 6); // the entries after the last activity (sleepData.json) count too
    expect(done.every((d, i) => d >= 0 && d <= 1 && (i === 0 || d >= done[i - 1]!))).toBe(true);
    expect(new Set(done).size).toBeGreaterThan(3); // it advances inside the nested zip, not only after it
    expect(byKind(results, "activity")).toHaveLength(2);
    expect(byKind(results, "not_activity")).toHaveLength(5);
    expect(byKind(results, "not_activity")[0]?.error).toMatch(/settings/);
    expect(results[0]?.file).toContain(
      "garmin.zip!/DI_CONNECT/DI-Connect-Uploaded-Files/UploadedFiles_0-_Part1.zip!/",
    );
    expect(summaryCount).toBe(1);
  });
});

describe("importPaths limits", () => {
  const small: ImportLimits = { ...DEFAULT_LIMITS, ratioFloorBytes: 64 * 1024 };

  it("stops a zip bomb entry (huge ratio) and imports the rest of the archive", async () => {
    const zip = writeZip("bomb.zip", {
      "activities/bomb.gpx": new Uint8Array(8 * 1024 * 1024), // zeros: ~1000x
      "activities/ok.gpx": text(gpxRun(0)),
    });
    const results = await run([zip], small);
    expect(results.find((r) => r.file.endsWith("bomb.gpx"))?.error).toMatch(/zip bomb suspected/);
    expect(results.find((r) => r.file.endsWith("ok.gpx"))?.ok).toBe(true);
  });

  it("stops a gzip bomb", async () => {
    const path = join(dir, "bomb.fit.gz");
    writeFileSync(path, gzipSync(new Uint8Array(20 * 1024 * 1024)));
    const [result] = await run([path], small);
    expect(result?.error).toMatch(/zip bomb/);
  });

  it("caps one entry's size whatever its ratio", async () => {
    const zip = writeZip("big.zip", { "a.gpx": text(gpxRun(0)) });
    const [result] = await run([zip], { ...DEFAULT_LIMITS, maxEntryBytes: 100 });
    expect(result?.error).toMatch(/past 100 bytes/);
  });

  it("refuses archives nested deeper than the limit", async () => {
    let nested: Uint8Array = zipSync({ "a.gpx": text(gpxRun(0)) });
    for (let level = 0; level < 3; level++) nested = zipSync({ [`level${level}.zip`]: nested });
    const results = await run([writeZip("deep.zip", { "outer.zip": nested })]);
    expect(results).toHaveLength(1);
    expect(results[0]?.error).toMatch(/nested 4 deep/);
  });

  it("refuses an archive with too many entries", async () => {
    const files: Zippable = {};
    for (let i = 0; i < 10; i++) files[`${i}.gpx`] = text(gpxRun(i));
    const results = await run([writeZip("many.zip", files)], { ...DEFAULT_LIMITS, maxEntries: 5 });
    expect(results).toEqual([
      expect.objectContaining({ kind: "error", error: expect.stringMatching(/10 entries/) }),
    ]);
  });

  it("stops at the total uncompressed budget", async () => {
    const files: Zippable = {};
    for (let i = 0; i < 5; i++) files[`${i}.gpx`] = text(gpxRun(i));
    const results = await run([writeZip("budget.zip", files)], { ...DEFAULT_LIMITS, maxTotalBytes: 3000 });
    expect(byKind(results, "activity").length).toBeLessThan(5);
    expect(results.some((r) => /in this import \(limit\)/.test(r.error ?? ""))).toBe(true);
  });
});

describe("importPaths on broken input", () => {
  it("reports a truncated zip, an empty file and an unknown file, and still imports the good ones", async () => {
    const whole = zipSync({ "a.gpx": text(gpxRun(0)), "b.gpx": text(gpxRun(1)) });
    const truncated = join(dir, "truncated.zip");
    writeFileSync(truncated, whole.subarray(0, whole.length - 30));
    const empty = join(dir, "empty.fit");
    writeFileSync(empty, "");
    const unknown = join(dir, "notes.txt");
    writeFileSync(unknown, "hello");
    const good = join(dir, "good.tcx");
    writeFileSync(good, tcxRun());
    const results = await run([truncated, empty, unknown, good, join(dir, "missing.gpx")]);
    expect(results.map((r) => [r.kind, r.error ?? "ok"])).toEqual([
      ["error", expect.stringMatching(/^broken zip: end of central directory/i)],
      ["error", "empty file (0 bytes)"],
      ["error", expect.stringMatching(/^unknown format/)],
      ["activity", "ok"],
      ["error", expect.stringMatching(/^cannot read: ENOENT/)],
    ]);
  });

  it("walks folders recursively, ignoring macOS junk and non-activity files", async () => {
    const root = join(dir, "folder");
    mkdirSync(join(root, "a/b"), { recursive: true });
    mkdirSync(join(root, "__MACOSX"), { recursive: true });
    writeFileSync(join(root, "a/b/run.gpx"), gpxRun(0));
    writeFileSync(join(root, "a/run.fit"), activityFit({ records: 20 }));
    writeFileSync(join(root, "a/._run.gpx"), "junk");
    writeFileSync(join(root, "__MACOSX/run.gpx"), "junk");
    writeFileSync(join(root, "readme.txt"), "hi");
    writeFileSync(join(root, "inner.zip"), zipSync({ "x/run.tcx": text(tcxRun()) }));
    const results = await run([root]);
    expect(results.map((r) => r.file.slice(root.length)).sort()).toEqual([
      "/a/b/run.gpx",
      "/a/run.fit",
      "/inner.zip!/x/run.tcx",
    ]);
    expect(results.every((r) => r.ok)).toBe(true);
  });
});
