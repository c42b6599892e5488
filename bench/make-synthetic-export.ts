// Builds a synthetic 10-year export from the real corpus files, twice packaged: like Garmin (nested
// UploadedFiles zips, ~88 % non-activity FIT, summarizedActivities.json) and like Strava (activities.csv,
// activities/*.fit.gz + .gpx(.gz) + .tcx(.gz), media/, routes/, other CSVs). File bytes are the corpus'
// own (names vary; dates are left as they are). Written once under .bench-cache/ (gitignored).
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
import { corpusDir } from "../test/corpus.ts";
import { NON_ACTIVITY_TYPES, nonActivityFit } from "./synthetic-fit.ts";

export const CACHE_DIR = join(dirname(fileURLToPath(import.meta.url)), "..", ".bench-cache", "export-v1");
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
const TEN_YEARS_MS = 10 * 365.25 * 86400e3;

interface Source {
  readonly name: string;
  readonly bytes: Uint8Array;
}

function sources(folder: string, ext: RegExp, maxBytes: number): Source[] {
  return readdirSync(join(corpusDir, folder))
    .filter((f) => ext.test(f))
    .sort()
    .map((name) => {
      const raw = readFileSync(join(corpusDir, folder, name));
      return { name, bytes: name.endsWith(".gz") ? gunzipSync(raw) : raw };
    })
    .filter((s) => s.bytes.length <= maxBytes);
}

interface Plan {
  readonly fit: Source[];
  readonly xml: Source[];
}

/** Which corpus file each synthetic activity is: FIT cycled up to the byte target, ~10 % GPX/TCX. */
function plan(): Plan {
  const fits = sources("fit", /\.fit(\.gz)?$/, 450e3);
  const xmls = [...sources("gpx", /\.gpx$/, 2.5e6), ...sources("tcx", /\.tcx$/, 2.5e6)];
  const fit: Source[] = [];
  const xml: Source[] = [];
  let fitBytes = 0;
  for (let i = 0; fit.length + xml.length < ACTIVITY_FILES; i++) {
    if (i % Math.round(1 / XML_SHARE) === 0) xml.push(xmls[xml.length % xmls.length]!);
    else if (fitBytes < FIT_BYTES_TARGET) {
      const s = fits[fit.length % fits.length]!;
      fit.push(s);
      fitBytes += s.bytes.length;
    } else break;
  }
  return { fit, xml };
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

const dayOf = (i: number, n: number) => new Date(START + (i / n) * TEN_YEARS_MS);

function buildGarmin(p: Plan): void {
  const out = new ZipFileWriter(GARMIN_ZIP);
  const summaries = p.fit.map((s, i) => ({
    activityId: 1e9 + i,
    activityType: "running",
    startTimeGmt: dayOf(i, p.fit.length).getTime(),
    name: s.name,
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
    p.fit.slice(part * perPart, (part + 1) * perPart).forEach((s, i) => {
      const n = part * perPart + i;
      files[`runner@example.com_${7e10 + serial++}.fit`] = s.bytes;
      for (let k = 0; k < NON_ACTIVITIES_PER_ACTIVITY; k++) {
        const type = NON_ACTIVITY_TYPES[(n + k) % NON_ACTIVITY_TYPES.length]!;
        const size = type === 32 ? 12_000 + ((n * 131 + k * 977) % 40_000) : 300 + ((n + k) % 1500);
        files[`runner@example.com_${7e10 + serial++}.fit`] = nonActivityFit(
          type,
          size,
          dayOf(n, p.fit.length),
          serial,
        );
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
  const all = [...p.fit.map((s) => ({ s, xml: false })), ...p.xml.map((s) => ({ s, xml: true }))];
  all.forEach(({ s, xml }, i) => {
    const id = 1e9 + i;
    const kind = s.name.endsWith(".tcx") ? "tcx" : "gpx";
    const file = xml ? `activities/${id}.${kind}${i % 3 === 0 ? ".gz" : ""}` : `activities/${id}.fit.gz`;
    const bytes = file.endsWith(".gz") ? gzipSync(s.bytes) : s.bytes;
    out.add(file, bytes, !file.endsWith(".gz"));
    rows.push(`${id},"${dayOf(i, all.length).toUTCString()}",Run ${i},Run,"",3600,10.0,,,false,,,${file}`);
  });
  out.add("activities.csv", new TextEncoder().encode(rows.join("\n")), true);
  for (let i = 0; i * 3e6 < MEDIA_BYTES; i++) out.add(`media/${i}.jpg`, pseudoRandom(3e6, i), false);
  for (let i = 0; i < 20; i++) out.add(`routes/${i}.gpx`, p.xml[i % p.xml.length]!.bytes, true);
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
    fitBytes: p.fit.reduce((a, s) => a + s.bytes.length, 0),
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
