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

/** The peer is ~30x slower: fewer passes for it keep the run short; medians either way. */
const PASSES = { ours: { warmup: 2, timed: 10 }, peer: { warmup: 1, timed: 3 } } as const;

function loadCorpus(): CorpusFile[] {
  const files: CorpusFile[] = [];
  for (const kind of ["gpx", "tcx"] as const) {
    for (const dir of [join(corpusDir, kind), join(corpusDir, kind, "odd")]) {
      for (const name of readdirSync(dir).filter((f) => f.endsWith(`.${kind}`)).sort()) {
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

function timePasses(files: readonly CorpusFile[], decode: (f: CorpusFile) => number, passes: { warmup: number; timed: number }) {
  const perPassMs: number[] = [];
  let points = 0;
  let failures = 0;
  for (let pass = 0; pass < passes.warmup + passes.timed; pass++) {
    globalThis.gc?.();
    const t0 = performance.now();
    points = 0;
    failures = 0;
    for (const file of files) {
      const n = decode(file);
      if (n < 0) failures++;
      else points += n;
    }
    if (pass >= passes.warmup) perPassMs.push(performance.now() - t0);
  }
  perPassMs.sort((a, b) => a - b);
  return { medianMs: perPassMs[perPassMs.length >> 1]!, points, failures };
}

if (!hasCorpus) {
  console.log(`skipped: corpus absent (${corpusDir})`);
} else {
  const files = loadCorpus();
  const mb = files.reduce((sum, f) => sum + f.bytes.length, 0) / 1e6;
  console.log(`corpus: ${files.length} GPX/TCX files, ${mb.toFixed(2)} MB; median of timed passes after warm-up`);
  const peerRun = timePasses(files, peer, PASSES.peer);
  const ourRun = timePasses(files, ours, PASSES.ours);
  const row = (label: string, r: ReturnType<typeof timePasses>) =>
    `${label.padEnd(34)} ${(mb / (r.medianMs / 1000)).toFixed(2).padStart(7)} MB/s ${r.medianMs.toFixed(0).padStart(6)} ms/pass ${String(r.points).padStart(7)} points ${r.failures} failures`;
  console.log(row("togeojson 7 + @xmldom/xmldom", peerRun));
  console.log(row("strideback gpx/tcx (saxes stream)", ourRun));
  console.log(`ratio: ${(peerRun.medianMs / ourRun.medianMs).toFixed(1)}x faster than the peer (target >= 10x)`);
}
