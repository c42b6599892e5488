// Builds a synthetic 10-year export from the real corpus files, twice packaged: like Garmin (nested
// UploadedFiles zips, ~88 % non-activity FIT, summarizedActivities.json) and like Strava (activities.csv,
// activities/*.fit.gz + .gpx(.gz) + .tcx(.gz), media/, routes/, other CSVs). Each activity is a corpus file
// moved to its own day of the ten years (shift-dates.ts: every date in the file moved by whole days, CRCs
// written again), so the export is a dated history a load report can be run on. Written once under
// .bench-cache/ (gitignored).
// Run: node --import tsx bench/make-synthetic-export.ts [--force]
import {
  closeSync,
  existsSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  renameSync,
  writeSync,
} from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { gunzipSync, gzipSync } from "node:zlib";
import { Zip, ZipDeflate, ZipPassThrough, zipSync, type Zippable } from "fflate";
import { importBytes } from "../src/activities/import-file.ts";
import { corpusDir } from "../test/corpus.ts";
import { shiftFitDays, shiftXmlDays } from "./shift-dates.ts";
import { NON_ACTIVITY_TYPES, nonActivityFit } from "./synthetic-fit.ts";

export const CACHE_DIR = join(dirname(fileURLToPath(import.meta.url)), "..", ".bench-cache", "export-v2");
export const GARMIN_ZIP = join(CACHE_DIR, "garmin_export.zip");
export const STRAVA_ZIP = join(CACHE_DIR, "export_12345678.zip");

const ACTIVITY_FILES = 3000;
/** Stop adding FIT once this much is in (the research's 150-450 MB range for a 10-year runner). */
const FIT_BYTES_TARGET = 320e6;
const XML_SHARE = 0.1;
const NON_ACTIVITIES_PER_ACTIVITY = 7;
const GARMIN_PARTS = 6;
const MEDIA_BYTES = 120e6;
const START = Date.UTC(2015, 0, 1);
const DAY_MS = 86_400_000;
const TEN_YEARS_MS = 10 * 365.25 * DAY_MS;

interface Source {
  readonly name: string;
  readonly bytes: Uint8Array;
  /** When the file's activity starts (ISO); null when it has no date or is not an activity. */
  readonly start: string | null;
  readonly sport: string | null;
  readonly durationS: number | null;
  readonly distanceM: number | null;
}

function sources(folder: string, ext: RegExp, maxBytes: number): Source[] {
  return readdirSync(join(corpusDir, folder))
    .filter((f) => ext.test(f))
    .sort()
    .map((name) => {
      const raw = readFileSync(join(corpusDir, folder, name));
      return { name, bytes: name.endsWith(".gz") ? gunzipSync(raw) : raw };
    })
    .filter((s) => s.bytes.length <= maxBytes)
    .map((s) => ({ ...s, ...describe(s.name, s.bytes) }));
}

/** What the file holds, read with our own importer (the export's CSV and summaries carry it). */
function describe(
  name: string,
  bytes: Uint8Array,
): Pick<Source, "start" | "sport" | "durationS" | "distanceM"> {
  const r = importBytes(name, bytes);
  if (r.kind !== "activity" || r.start === null || Number.isNaN(Date.parse(r.start)))
    return { start: null, sport: null, durationS: null, distanceM: null };
  return { start: r.start, sport: r.sport, durationS: r.durationS, distanceM: r.distanceM };
}

/** One activity of the export: a corpus file moved to its day of the ten years. */
interface Item {
  readonly source: Source;
  /** Days the file's dates move by (0 for a file without a date, which keeps what it has). */
  readonly days: number;
  /** Start of the activity after the move (ISO), or null when the file has no date. */
  readonly start: string | null;
}

interface Plan {
  readonly fit: Item[];
  readonly xml: Item[];
  /** Every activity in date order (FIT and XML interleaved): Strava's export holds them all. */
  readonly all: Item[];
}

/** Which corpus file each synthetic activity is (FIT cycled up to the byte target, ~10 % GPX/TCX) and its day. */
function plan(): Plan {
  const fits = sources("fit", /\.fit(\.gz)?$/, 450e3);
  const xmls = [...sources("gpx", /\.gpx$/, 2.5e6), ...sources("tcx", /\.tcx$/, 2.5e6)];
  const order: { source: Source; xml: boolean }[] = [];
  let fitCount = 0;
  let xmlCount = 0;
  let fitBytes = 0;
  for (let i = 0; order.length < ACTIVITY_FILES; i++) {
    if (i % Math.round(1 / XML_SHARE) === 0)
      order.push({ source: xmls[xmlCount++ % xmls.length]!, xml: true });
    else if (fitBytes < FIT_BYTES_TARGET) {
      const source = fits[fitCount++ % fits.length]!;
      order.push({ source, xml: false });
      fitBytes += source.bytes.length;
    } else break;
  }
  const all = order.map(({ source }, i) => {
    if (source.start === null) return { source, days: 0, start: null };
    const target = Math.floor((START + (i / order.length) * TEN_YEARS_MS) / DAY_MS);
    const days = target - Math.floor(Date.parse(source.start) / DAY_MS);
    return { source, days, start: new Date(Date.parse(source.start) + days * DAY_MS).toISOString() };
  });
  return {
    fit: all.filter((_, i) => !order[i]!.xml),
    xml: all.filter((_, i) => order[i]!.xml),
    all,
  };
}

/** The item's file bytes with its dates moved. */
function movedBytes(item: Item): Uint8Array {
  if (item.days === 0) return item.source.bytes;
  if (/\.(gpx|tcx)$/.test(item.source.name))
    return new TextEncoder().encode(
      shiftXmlDays(new TextDecoder().decode(item.source.bytes), item.days).text,
    );
  return shiftFitDays(item.source.bytes, item.days).bytes;
}

/** Streams a zip to disk entry by entry (fflate), so building it never holds the archive in memory. */
class ZipFileWriter {
  private readonly fd: number;
  private readonly zip: Zip;

  constructor(private readonly path: string) {
    this.fd = openSync(`${path}.part`, "w");
    this.zip = new Zip((error, chunk) => {
      if (error) throw error;
      writeSync(this.fd, chunk);
    });
  }

  add(name: string, bytes: Uint8Array, compress: boolean): void {
    const entry = compress ? new ZipDeflate(name, { level: 6 }) : new ZipPassThrough(name);
    this.zip.add(entry);
    entry.push(bytes, true);
  }

  finish(): void {
    this.zip.end();
    closeSync(this.fd);
    renameSync(`${this.path}.part`, this.path);
  }
}

/** The item's day as a Date (its start; for a file without a date, its place on the ten-year line). */
const dateOf = (item: Item, i: number, n: number) =>
  item.start !== null ? new Date(item.start) : new Date(START + (i / n) * TEN_YEARS_MS);

const STRAVA_TYPES: Record<string, string> = {
  running: "Run",
  walking: "Walk",
  cycling: "Ride",
  swimming: "Swim",
  hiking: "Hike",
};

function buildGarmin(p: Plan): void {
  const out = new ZipFileWriter(GARMIN_ZIP);
  const summaries = p.fit.map((item, i) => ({
    activityId: 1e9 + i,
    activityType: item.source.sport ?? "other",
    startTimeGmt: dateOf(item, i, p.fit.length).getTime(),
    duration: (item.source.durationS ?? 0) * 1000,
    distance: (item.source.distanceM ?? 0) * 100,
    name: item.source.name,
  }));
  out.add(
    "DI_CONNECT/DI-Connect-Fitness/runner@example.com_0_summarizedActivities.json",
    new TextEncoder().encode(JSON.stringify([{ summarizedActivitiesExport: summaries }])),
    true,
  );
  out.add("DI_CONNECT/DI-Connect-Wellness/runner_sleepData.json", new TextEncoder().encode("[]"), true);
  const perPart = Math.ceil(p.fit.length / GARMIN_PARTS);
  let serial = 1;
  for (let part = 0; part < GARMIN_PARTS; part++) {
    const files: Zippable = {};
    p.fit.slice(part * perPart, (part + 1) * perPart).forEach((item, i) => {
      const n = part * perPart + i;
      files[`runner@example.com_${7e10 + serial++}.fit`] = movedBytes(item);
      // The day's monitoring, settings and device files, dated that day.
      const day = dateOf(item, n, p.fit.length);
      for (let k = 0; k < NON_ACTIVITIES_PER_ACTIVITY; k++) {
        const type = NON_ACTIVITY_TYPES[(n + k) % NON_ACTIVITY_TYPES.length]!;
        const size = type === 32 ? 12_000 + ((n * 131 + k * 977) % 40_000) : 300 + ((n + k) % 1500);
        files[`runner@example.com_${7e10 + serial++}.fit`] = nonActivityFit(type, size, day, serial);
      }
    });
    out.add(
      `DI_CONNECT/DI-Connect-Uploaded-Files/UploadedFiles_0-_Part${part + 1}.zip`,
      zipSync(files, { level: 6 }),
      false,
    );
  }
  out.finish();
}

function buildStrava(p: Plan): void {
  const out = new ZipFileWriter(STRAVA_ZIP);
  const rows = [
    "Activity ID,Activity Date,Activity Name,Activity Type,Activity Description,Elapsed Time,Distance,Max Heart Rate,Relative Effort,Commute,Activity Private Note,Activity Gear,Filename",
  ];
  p.all.forEach((item, i) => {
    const id = 1e9 + i;
    const { name, sport, durationS, distanceM } = item.source;
    const xml = /\.(gpx|tcx)$/.test(name);
    const file = xml
      ? `activities/${id}.${name.endsWith(".tcx") ? "tcx" : "gpx"}${i % 3 === 0 ? ".gz" : ""}`
      : `activities/${id}.fit.gz`;
    const moved = movedBytes(item);
    const bytes = file.endsWith(".gz") ? gzipSync(moved) : moved;
    out.add(file, bytes, !file.endsWith(".gz"));
    const type = STRAVA_TYPES[sport ?? ""] ?? "Workout";
    const km = ((distanceM ?? 0) / 1000).toFixed(2);
    rows.push(
      `${id},"${dateOf(item, i, p.all.length).toUTCString()}",${type} ${i},${type},"",${Math.round(durationS ?? 0)},${km},,,false,,,${file}`,
    );
  });
  out.add("activities.csv", new TextEncoder().encode(rows.join("\n")), true);
  for (let i = 0; i * 3e6 < MEDIA_BYTES; i++) out.add(`media/${i}.jpg`, pseudoRandom(3e6, i), false);
  for (let i = 0; i < 20; i++) out.add(`routes/${i}.gpx`, p.xml[i % p.xml.length]!.source.bytes, true);
  for (const name of ["profile.csv", "bikes.csv", "shoes.csv", "comments.csv", "contacts.csv"])
    out.add(name, new TextEncoder().encode("a,b\n1,2\n"), true);
  out.finish();
}

/** Incompressible bytes standing in for photos. */
function pseudoRandom(n: number, seed: number): Uint8Array {
  const out = new Uint8Array(n);
  let x = (seed + 1) * 2654435761;
  for (let i = 0; i < n; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    out[i] = x & 0xff;
  }
  return out;
}

export function ensureSyntheticExport(force = false): {
  fitFiles: number;
  xmlFiles: number;
  fitBytes: number;
} {
  const p = plan();
  const summary = {
    fitFiles: p.fit.length,
    xmlFiles: p.xml.length,
    fitBytes: p.fit.reduce((a, item) => a + item.source.bytes.length, 0),
  };
  mkdirSync(CACHE_DIR, { recursive: true });
  if (force || !existsSync(GARMIN_ZIP)) buildGarmin(p);
  if (force || !existsSync(STRAVA_ZIP)) buildStrava(p);
  return summary;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const t0 = performance.now();
  const s = ensureSyntheticExport(process.argv.includes("--force"));
  console.log(
    `${s.fitFiles} FIT (${(s.fitBytes / 1e6).toFixed(0)} MB) + ${s.xmlFiles} GPX/TCX activities -> ${CACHE_DIR} in ${((performance.now() - t0) / 1000).toFixed(1)} s`,
  );
}
