// TCX (Garmin Training Center) activities to the canonical Activity, streamed (no DOM). Reads trackpoints
// with or without a position (treadmill), `<Cadence>` and the `TPX` extension's `Speed`/`RunCadence` under
// any prefix, and laps. A file holding several activities (a multi-sport session, or several days exported
// together) yields its FIRST activity, with a warning naming how many were left out: one file -> one
// Activity keeps the import report honest, and gluing days together would invent a days-long activity.
import type { Lap } from "../activity.ts";
import { type StreamingDecoder, type XmlDecodeResult, XML_SLICE_BYTES } from "../xml/decode-result.ts";
import { sportFromName } from "../xml/sport-name.ts";
import { type NumericChannel, TrackCollector, isNumericChannel } from "../xml/track-collector.ts";
import { XmlReader } from "../xml/xml-reader.ts";
import { parseXmlTime } from "../xml/xml-time.ts";

/** Element local names read inside a `<Trackpoint>`, and the channel each fills. */
const POINT_CHANNELS: Readonly<Record<string, NumericChannel>> = {
  AltitudeMeters: "altitude",
  DistanceMeters: "distance",
  Cadence: "cadence",
  RunCadence: "cadence",
  Speed: "speed",
};

type Capture =
  | NumericChannel
  | "time"
  | "pointLatitude"
  | "pointLongitude"
  | "lapSeconds"
  | "lapDistance"
  | "device"
  | null;

export function decodeTcx(bytes: Uint8Array): XmlDecodeResult {
  const decoder = createTcxDecoder();
  for (let at = 0; at < bytes.length; at += XML_SLICE_BYTES)
    decoder.write(bytes.subarray(at, at + XML_SLICE_BYTES));
  return decoder.finish();
}

export function createTcxDecoder(): StreamingDecoder {
  return new TcxDecoder();
}

class TcxDecoder implements StreamingDecoder {
  private readonly track = new TrackCollector();
  private readonly xml = new XmlReader(this);
  private root: string | null = null;
  private activities = 0;
  private inFirstActivity = false;
  private sportText: string | null = null;
  private device: string | null = null;
  private courses = 0;
  private readonly laps: Lap[] = [];
  private lap: { start: number; seconds: number; distance: number } | null = null;
  private inTrackpoint = false;
  private inHeartRate = false;
  private inCreator = false;
  private latitude = Number.NaN;
  private longitude = Number.NaN;
  private capture: Capture = null;
  private buffer = "";

  write(chunk: Uint8Array): void {
    this.xml.write(chunk);
  }

  finish(): XmlDecodeResult {
    const outcome = this.xml.end();
    if (this.root !== null && this.root !== "TrainingCenterDatabase") {
      return {
        kind: "error",
        reason: `not a TCX file: the root element is <${this.root}>, not <TrainingCenterDatabase>`,
      };
    }
    if (!outcome.ok) {
      if (this.track.count === 0) return { kind: "error", reason: `unreadable TCX: ${outcome.message}` };
      this.track.warnings.push(
        `TCX ${outcome.truncated ? "is cut off" : "is malformed"} (${outcome.message}); read up to there`,
      );
    }
    if (this.track.count === 0) return this.notActivity();
    if (this.activities > 1) {
      this.track.warnings.push(`the file holds ${this.activities} activities: only the first was read`);
    }
    const sport = sportFromName(this.sportText);
    return this.track.finish({ format: "tcx", sport, device: this.device, laps: this.laps });
  }

  open(local: string, attributes: Readonly<Record<string, string>>): void {
    if (this.root === null) {
      this.root = local;
      return;
    }
    if (local === "Activity") return this.openActivity(attributes);
    if (local === "Course") this.courses++;
    if (!this.inFirstActivity) return;
    if (this.inTrackpoint) return this.openInTrackpoint(local);
    switch (local) {
      case "Trackpoint":
        this.inTrackpoint = true;
        this.latitude = Number.NaN;
        this.longitude = Number.NaN;
        this.track.beginPoint();
        return;
      case "Lap":
        this.lap = {
          start: parseXmlTime(attributes["StartTime"] ?? ""),
          seconds: Number.NaN,
          distance: Number.NaN,
        };
        return;
      case "TotalTimeSeconds":
        if (this.lap) this.startCapture("lapSeconds");
        return;
      case "DistanceMeters":
        if (this.lap) this.startCapture("lapDistance");
        return;
      case "Creator":
        this.inCreator = true;
        return;
      case "Name":
        if (this.inCreator && this.device === null) this.startCapture("device");
        return;
    }
  }

  text(text: string): void {
    if (this.capture !== null) this.buffer += text;
  }

  close(local: string): void {
    if (this.capture !== null) this.endCapture();
    switch (local) {
      case "Activity":
        this.inFirstActivity = false;
        return;
      case "Trackpoint":
        if (!this.inTrackpoint) return;
        this.inTrackpoint = false;
        this.track.setPosition(this.latitude, this.longitude);
        this.track.endPoint();
        return;
      case "HeartRateBpm":
        this.inHeartRate = false;
        return;
      case "Lap":
        this.closeLap();
        return;
      case "Creator":
        this.inCreator = false;
        return;
    }
  }

  private openActivity(attributes: Readonly<Record<string, string>>): void {
    this.activities++;
    this.inFirstActivity = this.activities === 1;
    if (this.inFirstActivity) this.sportText = attributes["Sport"] ?? null;
  }

  private openInTrackpoint(local: string): void {
    if (local === "HeartRateBpm") this.inHeartRate = true;
    else if (local === "Value" && this.inHeartRate) this.startCapture("heartRate");
    else if (local === "Time") this.startCapture("time");
    else if (local === "LatitudeDegrees") this.startCapture("pointLatitude");
    else if (local === "LongitudeDegrees") this.startCapture("pointLongitude");
    else this.startCapture(POINT_CHANNELS[local] ?? null);
  }

  private closeLap(): void {
    const lap = this.lap;
    this.lap = null;
    if (!lap || !Number.isFinite(lap.start)) return;
    this.laps.push({
      start: new Date(lap.start).toISOString(),
      durationS: Number.isFinite(lap.seconds) ? lap.seconds : 0,
      distanceM: Number.isFinite(lap.distance) ? lap.distance : 0,
    });
  }

  private startCapture(capture: Capture): void {
    this.capture = capture;
    this.buffer = "";
  }

  private endCapture(): void {
    const capture = this.capture;
    const text = this.buffer;
    this.capture = null;
    this.buffer = "";
    if (isNumericChannel(capture)) return this.track.set(capture, Number.parseFloat(text));
    switch (capture) {
      case null:
        return;
      case "time":
        return this.track.setTime(parseXmlTime(text));
      case "pointLatitude":
        this.latitude = Number.parseFloat(text);
        return;
      case "pointLongitude":
        this.longitude = Number.parseFloat(text);
        return;
      case "lapSeconds":
        if (this.lap) this.lap.seconds = Number.parseFloat(text);
        return;
      case "lapDistance":
        if (this.lap) this.lap.distance = Number.parseFloat(text);
        return;
      case "device":
        this.device = text.trim() || null;
        return;
    }
  }

  private notActivity(): XmlDecodeResult {
    if (this.root === null) return { kind: "error", reason: "not a TCX file: no XML element found" };
    if (this.courses > 0) {
      return {
        kind: "not_activity",
        fileType: "tcx-course",
        reason: `a course (${this.courses}), not a recorded activity`,
      };
    }
    const what = this.activities === 0 ? "no activity" : "an activity without trackpoints";
    return { kind: "not_activity", fileType: "tcx-empty", reason: `TCX with ${what}: nothing was recorded` };
  }
}
