// GPX 1.0 and 1.1 tracks to the canonical Activity, streamed (no DOM). Heart rate, cadence and speed come
// from any extension by local name (Garmin `ns3:`/`gpxtpx:` TrackPointExtension, gpxdata, bare `<cadence>`),
// so the prefix a vendor chose, declared or not, does not matter. Routes and waypoints are not activities.
import type { Sport } from "../activity.ts";
import { type StreamingDecoder, type XmlDecodeResult, XML_SLICE_BYTES } from "../xml/decode-result.ts";
import { sportFromName } from "../xml/sport-name.ts";
import { type NumericChannel, TrackCollector, isNumericChannel } from "../xml/track-collector.ts";
import { XmlReader } from "../xml/xml-reader.ts";
import { parseXmlTime } from "../xml/xml-time.ts";

/** Element local names read inside a `<trkpt>`, and the channel each fills. */
const POINT_CHANNELS: Readonly<Record<string, NumericChannel>> = {
  ele: "altitude",
  hr: "heartRate",
  heartrate: "heartRate",
  cad: "cadence",
  cadence: "cadence",
  speed: "speed",
};

type Capture = NumericChannel | "time" | "type" | null;

export function decodeGpx(bytes: Uint8Array): XmlDecodeResult {
  const decoder = createGpxDecoder();
  for (let at = 0; at < bytes.length; at += XML_SLICE_BYTES)
    decoder.write(bytes.subarray(at, at + XML_SLICE_BYTES));
  return decoder.finish();
}

export function createGpxDecoder(): StreamingDecoder {
  return new GpxDecoder();
}

class GpxDecoder implements StreamingDecoder {
  private readonly track = new TrackCollector(true);
  private readonly xml = new XmlReader(this);
  private root: string | null = null;
  private creator: string | null = null;
  private typeText: string | null = null;
  private inTrkpt = false;
  private trkDepth = 0;
  private routePoints = 0;
  private waypoints = 0;
  private capture: Capture = null;
  private buffer = "";

  write(chunk: Uint8Array): void {
    this.xml.write(chunk);
  }

  finish(): XmlDecodeResult {
    const outcome = this.xml.end();
    if (this.root !== null && this.root !== "gpx") {
      return { kind: "error", reason: `not a GPX file: the root element is <${this.root}>, not <gpx>` };
    }
    if (!outcome.ok) {
      if (this.track.count === 0) return { kind: "error", reason: `unreadable GPX: ${outcome.message}` };
      this.track.warnings.push(
        `GPX ${outcome.truncated ? "is cut off" : "is malformed"} (${outcome.message}); read up to there`,
      );
    }
    if (this.track.count === 0) return this.notActivity();
    return this.track.finish({ format: "gpx", sport: this.sport(), device: this.creator, laps: [] });
  }

  open(local: string, attributes: Readonly<Record<string, string>>): void {
    if (this.root === null) {
      this.root = local;
      this.creator = attributes["creator"]?.trim() || null;
      return;
    }
    if (this.inTrkpt) {
      const channel = POINT_CHANNELS[local];
      this.startCapture(local === "time" ? "time" : (channel ?? null));
      return;
    }
    switch (local) {
      case "trkpt":
        this.inTrkpt = true;
        this.track.beginPoint();
        this.track.setPosition(
          Number.parseFloat(attributes["lat"] ?? ""),
          Number.parseFloat(attributes["lon"] ?? ""),
        );
        return;
      case "trk":
        this.trkDepth++;
        return;
      case "trkseg":
        this.track.breakSegment();
        return;
      case "rtept":
        this.routePoints++;
        return;
      case "wpt":
        this.waypoints++;
        return;
      case "type":
        if (this.trkDepth > 0 && this.typeText === null) this.startCapture("type");
        return;
    }
  }

  text(text: string): void {
    if (this.capture !== null) this.buffer += text;
  }

  close(local: string): void {
    if (this.capture !== null) this.endCapture();
    if (local === "trkpt" && this.inTrkpt) {
      this.inTrkpt = false;
      this.track.endPoint();
    } else if (local === "trk") this.trkDepth = Math.max(0, this.trkDepth - 1);
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
      case "type":
        this.typeText = text.trim();
        return;
    }
  }

  private sport(): Sport {
    return sportFromName(this.typeText);
  }

  private notActivity(): XmlDecodeResult {
    if (this.root === null) return { kind: "error", reason: "not a GPX file: no XML element found" };
    if (this.routePoints > 0) {
      return {
        kind: "not_activity",
        fileType: "gpx-route",
        reason: `a route of ${this.routePoints} points, not a recorded track`,
      };
    }
    const what = this.waypoints > 0 ? `only ${this.waypoints} waypoints` : "no trackpoints";
    return { kind: "not_activity", fileType: "gpx-empty", reason: `GPX with ${what}: nothing was recorded` };
  }
}
