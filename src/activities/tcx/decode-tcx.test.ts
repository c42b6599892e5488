import { describe, expect, it } from "vitest";
import type { XmlDecodeResult } from "../xml/decode-result.ts";
import { createTcxDecoder, decodeTcx } from "./decode-tcx.ts";

const bytes = (s: string) => new TextEncoder().encode(s);

const position = (i: number) =>
  `<Position><LatitudeDegrees>${(45 + i * 0.0001).toFixed(6)}</LatitudeDegrees><LongitudeDegrees>6</LongitudeDegrees></Position>`;
const time = (i: number) => `<Time>2024-05-01T09:00:${String(i).padStart(2, "0")}.000Z</Time>`;
const hr = (i: number) => `<HeartRateBpm><Value>${140 + i}</Value></HeartRateBpm>`;
const ns3 = () =>
  `<Extensions><ns3:TPX><ns3:Speed>3.5</ns3:Speed><ns3:RunCadence>85</ns3:RunCadence></ns3:TPX></Extensions>`;

function trackpoints(n: number, point: (i: number) => string): string {
  return Array.from({ length: n }, (_, i) => `<Trackpoint>${point(i)}</Trackpoint>`).join("");
}

function tcx(activities: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?><TrainingCenterDatabase xmlns="http://www.garmin.com/xmlschemas/TrainingCenterDatabase/v2" xmlns:ns3="http://www.garmin.com/xmlschemas/ActivityExtension/v2"><Activities>${activities}</Activities></TrainingCenterDatabase>`;
}

function tcxActivity(sport: string, points: string, start = "2024-05-01T09:00:00.000Z"): string {
  return `<Activity Sport="${sport}"><Id>${start}</Id><Lap StartTime="${start}"><TotalTimeSeconds>9</TotalTimeSeconds><DistanceMeters>100</DistanceMeters><AverageHeartRateBpm><Value>999</Value></AverageHeartRateBpm><Cadence>999</Cadence><Track>${points}</Track></Lap><Creator><Name>Forerunner 945</Name></Creator></Activity>`;
}

function activityOf(result: XmlDecodeResult) {
  if (result.kind !== "activity") throw new Error(`expected an activity, got ${JSON.stringify(result)}`);
  return result;
}

const garmin = (i: number) =>
  `${time(i)}${position(i)}<DistanceMeters>${i * 11}</DistanceMeters>${hr(i)}${ns3()}`;
const polar = (i: number) =>
  `${time(i)}${position(i)}<DistanceMeters>${i * 11}</DistanceMeters>${hr(i)}<Cadence>85</Cadence>`;
const treadmill = (i: number) =>
  `${time(i)}<DistanceMeters>${i * 11}</DistanceMeters>${hr(i)}<Cadence>85</Cadence>`;

describe("decodeTcx", () => {
  it.each([
    ["Garmin ns3:TPX Speed/RunCadence", tcx(tcxActivity("Running", trackpoints(10, garmin))), 3.5],
    ["Polar <Cadence>", tcx(tcxActivity("Running", trackpoints(10, polar))), null],
    ["a treadmill run (no positions)", tcx(tcxActivity("Running", trackpoints(10, treadmill))), null],
    [
      "whitespace before <?xml (Strava)",
      `          ${tcx(tcxActivity("Running", trackpoints(10, garmin)))}`,
      3.5,
    ],
    ["a byte-order mark", `\uFEFF${tcx(tcxActivity("Running", trackpoints(10, polar)))}`, null],
  ])("reads %s", (_, doc, speed) => {
    const { activity, records } = activityOf(decodeTcx(bytes(doc)));
    expect(records).toBe(10);
    expect(activity.format).toBe("tcx");
    expect(activity.sport).toBe("running");
    expect(activity.device).toBe("Forerunner 945");
    expect(activity.start).toBe("2024-05-01T09:00:00.000Z");
    expect(activity.summary.durationS).toBe(9);
    expect(activity.summary.distanceM).toBe(99);
    expect(activity.summary.avgHeartRate).toBe(144.5); // the lap's 999 average is not a trackpoint
    expect(activity.summary.avgCadence).toBe(170); // 85 per foot -> 170 steps/min; the lap's 999 ignored
    if (speed !== null) expect(activity.samples.speed[0]).toBe(speed);
    expect(activity.laps).toEqual([{ start: "2024-05-01T09:00:00.000Z", durationS: 9, distanceM: 100 }]);
  });

  it("keeps bike cadence as it is (rpm)", () => {
    const { activity } = activityOf(decodeTcx(bytes(tcx(tcxActivity("Biking", trackpoints(5, polar))))));
    expect(activity.sport).toBe("cycling");
    expect(activity.summary.avgCadence).toBe(85);
  });

  it("applies time-zone offsets", () => {
    const point = (i: number) => `<Time>2024-05-01T11:00:0${i}+02:00</Time>${position(i)}`;
    const { activity } = activityOf(decodeTcx(bytes(tcx(tcxActivity("Running", trackpoints(3, point))))));
    expect(activity.start).toBe("2024-05-01T09:00:00.000Z");
  });

  it("derives distance from positions when trackpoints have none", () => {
    const point = (i: number) => `${time(i)}${position(i)}`;
    const { activity } = activityOf(decodeTcx(bytes(tcx(tcxActivity("Running", trackpoints(10, point))))));
    expect(activity.summary.distanceM).toBeCloseTo(100, -1);
  });

  it("reads the first of several activities and says how many were left out", () => {
    const second = tcxActivity("Biking", trackpoints(4, garmin), "2024-05-03T09:00:00.000Z");
    const result = activityOf(
      decodeTcx(bytes(tcx(tcxActivity("Running", trackpoints(10, garmin)) + second))),
    );
    expect(result.records).toBe(10);
    expect(result.activity.sport).toBe("running");
    expect(result.warnings).toEqual(["the file holds 2 activities: only the first was read"]);
  });

  it.each([
    [
      "a course",
      `<TrainingCenterDatabase><Courses><Course><Name>x</Name></Course></Courses></TrainingCenterDatabase>`,
      "tcx-course",
    ],
    ["an activity without trackpoints", tcx(tcxActivity("Running", "")), "tcx-empty"],
    ["no activities", tcx(""), "tcx-empty"],
  ])("%s is not an activity", (_, doc, fileType) => {
    const result = decodeTcx(bytes(doc));
    expect(result.kind).toBe("not_activity");
    if (result.kind === "not_activity") expect(result.fileType).toBe(fileType);
  });

  it.each([
    ["an empty file", "", "empty"],
    ["a GPX file", `<gpx version="1.1"/>`, "root element is <gpx>"],
  ])("%s is an error", (_, doc, reason) => {
    const result = decodeTcx(bytes(doc));
    expect(result.kind).toBe("error");
    if (result.kind === "error") expect(result.reason).toContain(reason);
  });

  it("gives the same activity when fed in small chunks", () => {
    const doc = bytes(tcx(tcxActivity("Running", trackpoints(20, garmin))));
    const decoder = createTcxDecoder();
    for (let at = 0; at < doc.length; at += 5) decoder.write(doc.subarray(at, at + 5));
    expect(activityOf(decoder.finish()).activity).toEqual(activityOf(decodeTcx(doc)).activity);
  });
});
