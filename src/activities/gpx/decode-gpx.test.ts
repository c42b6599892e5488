import { describe, expect, it } from "vitest";
import type { XmlDecodeResult } from "../xml/decode-result.ts";
import { createGpxDecoder, decodeGpx } from "./decode-gpx.ts";

const bytes = (s: string) => new TextEncoder().encode(s);
const GPX11 = `<?xml version="1.0" encoding="UTF-8"?>`;

/** A trackpoint one second after 09:00:00Z, ~11 m north of the previous one per step. */
function trkpt(i: number, extensions = "", time = true): string {
  const lat = (45 + i * 0.0001).toFixed(6);
  const stamp = time ? `<time>2024-05-01T09:00:${String(i).padStart(2, "0")}Z</time>` : "";
  return `<trkpt lat="${lat}" lon="6.0"><ele>${100 + i}</ele>${stamp}${extensions}</trkpt>`;
}

function gpx(
  body: string,
  head = `<gpx version="1.1" creator="Test Watch" xmlns="http://www.topografix.com/GPX/1/1">`,
): string {
  return `${GPX11}${head}${body}</gpx>`;
}

function points(n: number, extension: (i: number) => string = () => ""): string {
  return Array.from({ length: n }, (_, i) => trkpt(i, extension(i))).join("");
}

function activityOf(result: XmlDecodeResult) {
  if (result.kind !== "activity") throw new Error(`expected an activity, got ${JSON.stringify(result)}`);
  return result;
}

const garminNs3 = (i: number) =>
  `<extensions><ns3:TrackPointExtension><ns3:atemp>20</ns3:atemp><ns3:hr>${140 + i}</ns3:hr><ns3:cad>85</ns3:cad></ns3:TrackPointExtension></extensions>`;
const stravaGpxtpx = (i: number) =>
  `<extensions><gpxtpx:TrackPointExtension><gpxtpx:hr>${140 + i}</gpxtpx:hr><gpxtpx:cad>85</gpxtpx:cad></gpxtpx:TrackPointExtension></extensions>`;
const stravaUndeclared = () =>
  `<extensions><gpxdata:cadence>85</gpxdata:cadence><cadence>85</cadence></extensions>`;

describe("decodeGpx", () => {
  it.each([
    [
      "Garmin Connect ns3: extension",
      gpx(`<trk><type>running</type><trkseg>${points(10, garminNs3)}</trkseg></trk>`),
      144.5,
      170,
    ],
    [
      "Strava gpxtpx: extension",
      gpx(`<trk><type>9</type><trkseg>${points(10, stravaGpxtpx)}</trkseg></trk>`),
      144.5,
      170,
    ],
    [
      "undeclared gpxdata: prefix + BOM (StravaGPX)",
      `\uFEFF${gpx(`<trk><type>9</type><trkseg>${points(10, stravaUndeclared)}</trkseg></trk>`)}`,
      null,
      170,
    ],
    [
      "whitespace before <?xml",
      `   \n${gpx(`<trk><type>Run</type><trkseg>${points(10, garminNs3)}</trkseg></trk>`)}`,
      144.5,
      170,
    ],
  ])("reads heart rate and cadence: %s", (_, doc, heartRate, cadence) => {
    const { activity, records } = activityOf(decodeGpx(bytes(doc)));
    expect(records).toBe(10);
    expect(activity.sport).toBe("running");
    expect(activity.start).toBe("2024-05-01T09:00:00.000Z");
    expect(activity.summary.durationS).toBe(9);
    expect(activity.summary.distanceM).toBeCloseTo(100, -1);
    expect(activity.summary.avgHeartRate).toBe(heartRate);
    expect(activity.summary.avgCadence).toBe(cadence); // 85 strides/min per foot -> 170 steps/min
    expect(activity.device).toBe("Test Watch");
  });

  it("applies time-zone offsets", () => {
    const doc = gpx(
      `<trk><trkseg><trkpt lat="1" lon="1"><time>2024-05-01T11:00:00+02:00</time></trkpt><trkpt lat="1.001" lon="1"><time>2024-05-01T11:00:30+02:00</time></trkpt></trkseg></trk>`,
    );
    const { activity } = activityOf(decodeGpx(bytes(doc)));
    expect(activity.start).toBe("2024-05-01T09:00:00.000Z");
    expect(activity.summary.durationS).toBe(30);
  });

  it("reads GPX 1.0 (speed as a trkpt child, no zone on times)", () => {
    const doc = gpx(
      `<trk><trkseg><trkpt lat="1" lon="1"><time>2013-01-01T12:00:00</time><speed>3</speed></trkpt><trkpt lat="1.001" lon="1"><time>2013-01-01T12:00:40</time><speed>3</speed></trkpt></trkseg></trk>`,
      `<gpx version="1.0" xmlns="http://www.topografix.com/GPX/1/0">`,
    );
    const { activity } = activityOf(decodeGpx(bytes(doc)));
    expect(activity.start).toBe("2013-01-01T12:00:00.000Z");
    expect(Array.from(activity.samples.speed)).toEqual([3, 3]);
  });

  it("skips empty segments and does not count the jump between segments as distance", () => {
    const far = `<trkpt lat="46" lon="6"><time>2024-05-01T09:00:20Z</time></trkpt><trkpt lat="46.0001" lon="6"><time>2024-05-01T09:00:21Z</time></trkpt>`;
    const doc = gpx(
      `<trk><trkseg></trkseg><trkseg>${points(10)}</trkseg><trkseg/><trkseg>${far}</trkseg></trk>`,
    );
    const { activity, records } = activityOf(decodeGpx(bytes(doc)));
    expect(records).toBe(12);
    expect(activity.summary.distanceM).toBeGreaterThan(100);
    expect(activity.summary.distanceM).toBeLessThan(120);
  });

  it("keeps points without a time when most have one, and says so", () => {
    const body = points(9) + trkpt(9, "", false);
    const result = activityOf(decodeGpx(bytes(gpx(`<trk><trkseg>${body}</trkseg></trk>`))));
    expect(result.records).toBe(10);
    expect(result.warnings).toEqual(["1 trackpoints have no time"]);
  });

  it("ignores impossible positions (OpenTracks pause markers)", () => {
    const marker = `<trkpt lat="100" lon="0"><time>2024-05-01T09:00:10Z</time></trkpt>`;
    const { activity } = activityOf(
      decodeGpx(bytes(gpx(`<trk><trkseg>${points(10)}${marker}</trkseg></trk>`))),
    );
    expect(activity.summary.distanceM).toBeLessThan(110);
    expect(activity.samples.latitude[10]).toBeNaN();
  });

  it.each([
    ["a route", gpx(`<rte><rtept lat="1" lon="1"/><rtept lat="1.1" lon="1"/></rte>`), "gpx-route"],
    ["waypoints only", gpx(`<wpt lat="1" lon="1"><time>2024-05-01T09:00:00Z</time></wpt>`), "gpx-empty"],
    ["an empty track", gpx(`<trk><trkseg></trkseg></trk>`), "gpx-empty"],
    ["metadata only", gpx(`<metadata><time>2023-07-07T16:10:57Z</time></metadata>`), "gpx-empty"],
    [
      "a track without times",
      gpx(`<trk><trkseg>${Array.from({ length: 5 }, (_, i) => trkpt(i, "", false)).join("")}</trkseg></trk>`),
      "gpx-untimed-track",
    ],
  ])("%s is not an activity", (_, doc, fileType) => {
    const result = decodeGpx(bytes(doc));
    expect(result.kind).toBe("not_activity");
    if (result.kind === "not_activity") expect(result.fileType).toBe(fileType);
  });

  it.each([
    ["an empty file", "", "empty"],
    ["a TCX file", `<TrainingCenterDatabase/>`, "root element is <TrainingCenterDatabase>"],
    ["garbage", "\u0000\u0001binary", "not an XML document"],
    ["a cut-off header", `${GPX11}<gpx><trk><trkseg><trkpt lat="1"`, "unreadable GPX"],
  ])("%s is an error with a reason", (_, doc, reason) => {
    const result = decodeGpx(bytes(doc));
    expect(result.kind).toBe("error");
    if (result.kind === "error") expect(result.reason).toContain(reason);
  });

  it("keeps what came before the cut in a truncated file, with a warning", () => {
    const doc = gpx(`<trk><trkseg>${points(10)}`).replace("</gpx>", "");
    const result = activityOf(decodeGpx(bytes(doc)));
    expect(result.records).toBe(10);
    expect(result.warnings[0]).toMatch(/cut off/);
  });

  it("gives the same activity when fed in small chunks", () => {
    const doc = bytes(gpx(`<trk><type>running</type><trkseg>${points(30, garminNs3)}</trkseg></trk>`));
    const decoder = createGpxDecoder();
    for (let at = 0; at < doc.length; at += 7) decoder.write(doc.subarray(at, at + 7));
    expect(activityOf(decoder.finish()).activity).toEqual(activityOf(decodeGpx(doc)).activity);
  });
});
