// Writes a synthetic run (test/synthetic-runs.ts) as a Garmin-style GPX 1.1 file: a straight track north at
// the planned speeds, one point a second, cadence per foot in the gpxtpx extension as Garmin writes it.
import type { SyntheticRun } from "./synthetic-runs.ts";

const METRES_PER_DEGREE_LAT = (6_371_008.8 * Math.PI) / 180;

export function gpxOf(run: SyntheticRun): string {
  const s = run.samples;
  if (!s) throw new Error("gpxOf: the run has no samples");
  const t0 = Date.parse(run.start);
  const points: string[] = [];
  for (let i = 0; i < s.time.length; i++) {
    const lat = 45 + (s.distance[i] as number) / METRES_PER_DEGREE_LAT;
    const time = new Date(t0 + (s.time[i] as number) * 1000).toISOString();
    const cad = Math.round((s.cadence[i] as number) / 2);
    points.push(
      `<trkpt lat="${lat.toFixed(7)}" lon="7.0000000"><time>${time}</time><extensions><gpxtpx:TrackPointExtension><gpxtpx:cad>${cad}</gpxtpx:cad></gpxtpx:TrackPointExtension></extensions></trkpt>`,
    );
  }
  return [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<gpx version="1.1" creator="strideback tests" xmlns="http://www.topografix.com/GPX/1/1" xmlns:gpxtpx="http://www.garmin.com/xmlschemas/TrackPointExtension/v1">`,
    `<trk><name>synthetic</name><type>${run.sport}</type><trkseg>`,
    ...points,
    `</trkseg></trk></gpx>`,
  ].join("\n");
}
