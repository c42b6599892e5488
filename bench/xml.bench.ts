// GPX + TCX decode throughput: our streaming decoders against @tmcw/togeojson on @xmldom/xmldom (DOMParser,
// then gpx()/tcx()), on the same corpus files in the same process. Reports MB/s and the ratio (target >= 10x).
// Run: npm run bench -- xml
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gpx as togeojsonGpx, tcx as togeojsonTcx } from "@tmcw/togeojson";
import { DOMParser } from "@xmldom/xmldom";
import { decodeGpx } from "../src/activities/gpx/decode-gpx.ts";
import { decodeTcx } from "../src/activities/tcx/decode-tcx.ts";
import { corpusDir, hasCorpus } from "../test/corpus.ts";

interface CorpusFile {
  readonly name: string;
  readonly kind: "gpx" | "tcx";
  readonly bytes: Uint8Array;
  readonly text: string;
}

/**
 * Rounds alternate the two (one peer pass, then OUR_PASSES_PER_ROUND of ours), so a neighbour's load on this
 * shared machine hits both alike; the first round is warm-up. Medians per pass.
 */
const ROUNDS = 4;
const OUR_PASSES_PER_ROUND = 3;

function loadCorpus(): CorpusFile[] {
  const files: CorpusFile[] = [];
  for (const kind of ["gpx", "tcx"] as const) {
    for (const dir of [join(corpusDir, kind), join(corpusDir, kind, "odd")]) {
      for (const name of readdirSync(dir)
        .filter((f) => f.endsWith(`.${kind}`))
        .sort()) {
        const bytes = readFileSync(join(dir, name));
        files.push({ name, kind, bytes, text: bytes.toString("utf8") });
      }
    }
  }
  return files;
}

function ours(file: CorpusFile): number {
  const result = file.kind === "gpx" ? decodeGpx(file.bytes) : decodeTcx(file.bytes);
  return result.kind === "activity" ? result.records : 0;
}

function peer(file: CorpusFile): number {
  try {
    // The peer gets text (decoding bytes is ours to pay, not theirs) and the leading whitespace trimmed.
    const doc = new DOMParser({ onError: () => {} }).parseFromString(file.text.trimStart(), "text/xml");
    const geojson = file.kind === "gpx" ? togeojsonGpx(doc) : togeojsonTcx(doc);
    let points = 0;
    for (const feature of geojson.features) {
      const g = feature.geometry;
      if (g?.type === "LineString") points += g.coordinates.length;
      else if (g?.type === "MultiLineString") for (const line of g.coordinates) points += line.length;
    }
    return points;
  } catch {
    return -1;
  }
}

interface Run {
  readonly passMs: number[];
  points: number;
  failures: number;
}

function onePass(
  files: readonly CorpusFile[],
  decode: (f: CorpusFile) => number,
  run: Run,
  timed: boolean,
): void {
  globalThis.gc?.();
  const t0 = performance.now();
  run.points = 0;
  run.failures = 0;
  for (const file of files) {
    const n = decode(file);
    if (n < 0) run.failures++;
    else run.points += n;
  }
  if (timed) run.passMs.push(performance.now() - t0);
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[sorted.length >> 1]!;
}

if (!hasCorpus) {
  console.log(`skipped: corpus absent (${corpusDir})`);
} else {
  const files = loadCorpus();
  const mb = files.reduce((sum, f) => sum + f.bytes.length, 0) / 1e6;
  console.log(
    `corpus: ${files.length} GPX/TCX files, ${mb.toFixed(2)} MB; ${ROUNDS - 1} timed rounds after 1 warm-up, passes interleaved`,
  );
  const peerRun: Run = { passMs: [], points: 0, failures: 0 };
  const ourRun: Run = { passMs: [], points: 0, failures: 0 };
  for (let round = 0; round < ROUNDS; round++) {
    onePass(files, peer, peerRun, round > 0);
    for (let i = 0; i < OUR_PASSES_PER_ROUND; i++) onePass(files, ours, ourRun, round > 0);
  }
  const row = (label: string, r: Run) => {
    const ms = median(r.passMs);
    return `${label.padEnd(34)} ${(mb / (ms / 1000)).toFixed(2).padStart(7)} MB/s ${ms.toFixed(0).padStart(6)} ms/pass ${String(r.points).padStart(7)} points ${r.failures} failures`;
  };
  console.log(row("togeojson 7 + @xmldom/xmldom", peerRun));
  console.log(row("strideback gpx/tcx (saxes stream)", ourRun));
  console.log(
    `ratio: ${(median(peerRun.passMs) / median(ourRun.passMs)).toFixed(1)}x faster than the peer (target >= 10x)`,
  );
}
