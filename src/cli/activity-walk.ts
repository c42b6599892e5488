// A minimal walk over files, folders, .gz files and .zip archives (nested zips too) that decodes every FIT,
// GPX and TCX file it meets, one at a time. Stands in for the importer being written on branch `xml`.
import { readdir, readFile, stat } from "node:fs/promises";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import yauzl from "yauzl";
import type { Activity } from "../activities/activity.ts";
import { decodeFit } from "../activities/fit/decode-fit.ts";
import { decodeGpx } from "../activities/gpx/decode-gpx.ts";
import { decodeTcx } from "../activities/tcx/decode-tcx.ts";

export type WalkOutcome =
  | { readonly kind: "activity"; readonly source: string; readonly activity: Activity }
  | { readonly kind: "not_activity"; readonly source: string; readonly reason: string }
  | { readonly kind: "failed"; readonly source: string; readonly reason: string };

type Visit = (outcome: WalkOutcome) => void;

const DECODERS = { fit: decodeFit, gpx: decodeGpx, tcx: decodeTcx } as const;
type Format = keyof typeof DECODERS;

/** Visits every activity file under `paths`; files of other kinds are passed over, a broken file is one failed outcome. */
export async function walkActivities(paths: readonly string[], visit: Visit): Promise<void> {
  for (const path of paths) await walkPath(path, visit);
}

async function walkPath(path: string, visit: Visit): Promise<void> {
  let info;
  try {
    info = await stat(path);
  } catch (e) {
    visit({ kind: "failed", source: path, reason: `cannot read: ${(e as NodeJS.ErrnoException).code ?? String(e)}` });
    return;
  }
  if (info.isDirectory()) {
    const names = (await readdir(path)).sort();
    for (const name of names) await walkPath(join(path, name), visit);
    return;
  }
  if (!isWanted(path)) return;
  await handleBytes(path, await readFile(path), visit);
}

function isWanted(name: string): boolean {
  const lower = name.toLowerCase();
  return lower.endsWith(".zip") || formatOf(lower) !== null;
}

function formatOf(name: string): Format | null {
  const bare = name.toLowerCase().replace(/\.gz$/, "");
  const ext = bare.slice(bare.lastIndexOf(".") + 1);
  return ext in DECODERS ? (ext as Format) : null;
}

async function handleBytes(source: string, bytes: Buffer, visit: Visit): Promise<void> {
  if (source.toLowerCase().endsWith(".zip")) {
    await walkZip(source, bytes, visit);
    return;
  }
  const format = formatOf(source);
  if (!format) return;
  try {
    const raw = source.toLowerCase().endsWith(".gz") ? gunzipSync(bytes) : bytes;
    const result = DECODERS[format](new Uint8Array(raw.buffer, raw.byteOffset, raw.byteLength));
    if (result.kind === "activity") visit({ kind: "activity", source, activity: result.activity });
    else if (result.kind === "not_activity") visit({ kind: "not_activity", source, reason: result.reason });
    else visit({ kind: "failed", source, reason: result.reason });
  } catch (e) {
    visit({ kind: "failed", source, reason: e instanceof Error ? e.message : String(e) });
  }
}

/** Entries are read one at a time, so a large archive never sits decoded in memory. */
async function walkZip(source: string, bytes: Buffer, visit: Visit): Promise<void> {
  let zip: yauzl.ZipFile;
  try {
    zip = await new Promise((resolve, reject) =>
      yauzl.fromBuffer(bytes, { lazyEntries: true }, (err, z) => (err ? reject(err) : resolve(z))),
    );
  } catch (e) {
    visit({ kind: "failed", source, reason: `not a readable zip: ${e instanceof Error ? e.message : String(e)}` });
    return;
  }
  await new Promise<void>((resolve) => {
    zip.on("entry", (entry: yauzl.Entry) => {
      const name = entry.fileName;
      const junk = name.endsWith("/") || name.startsWith("__MACOSX/") || name.split("/").pop()?.startsWith("._");
      if (junk || !isWanted(name)) return zip.readEntry();
      zip.openReadStream(entry, (err, stream) => {
        if (err) {
          visit({ kind: "failed", source: `${source}!${name}`, reason: err.message });
          return zip.readEntry();
        }
        const chunks: Buffer[] = [];
        stream.on("data", (c: Buffer) => chunks.push(c));
        stream.on("error", (e) => {
          visit({ kind: "failed", source: `${source}!${name}`, reason: e.message });
          zip.readEntry();
        });
        stream.on("end", () => {
          void handleBytes(`${source}!${name}`, Buffer.concat(chunks), visit).then(() => zip.readEntry());
        });
      });
    });
    zip.on("end", () => resolve());
    zip.on("error", (e: Error) => {
      visit({ kind: "failed", source, reason: e.message });
      resolve();
    });
    zip.readEntry();
  });
}
