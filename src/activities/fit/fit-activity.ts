// Turns what the FIT stream decoded into the canonical Activity: sport (longest session), device, start,
// relative sample times, steps-per-minute cadence, laps, and the shared summary.
import type { Activity, ActivitySummary, Lap, Sport } from "../activity.ts";
import { offsetFromLocalTimestamp } from "../../domain/local-date.ts";
import { buildActivity, type SummaryOptions } from "../summary.ts";
import { cadenceIsPerLeg, deviceName, mapSport } from "./fit-profile.ts";
import type { FitSession, StreamState } from "./stream-state.ts";

/** FIT timestamps count seconds from 1989-12-31T00:00:00Z. */
const FIT_EPOCH_UNIX_S = 631_065_600;
/** FIT: a timestamp below this is device time (seconds since power-on), not a date. */
const MIN_REAL_FIT_TIME = 0x10000000;

/** The latest FIT time (u32 seconds); anything outside [0, this] is not a real timestamp. */
const MAX_FIT_TIME = 0xffffffff;

/** ISO date-time of a FIT timestamp (an impossible value, only seen in corrupt files, maps to the FIT epoch). */
export function fitTimeToIso(fitSeconds: number): string {
  const s = fitSeconds >= 0 && fitSeconds <= MAX_FIT_TIME ? fitSeconds : 0;
  return new Date((s + FIT_EPOCH_UNIX_S) * 1000).toISOString();
}

function sessionLength(s: FitSession): number {
  return s.elapsedS ?? s.timerS ?? 0;
}

/**
 * The activity's sport: that of its longest session (multisport files get a warning naming every sport);
 * without sessions, the first sport message; else "other".
 */
function chooseSport(st: StreamState): Sport {
  if (st.sessions.length === 0) {
    const sport = st.sports[0];
    if (sport !== undefined) return mapSport(sport.sport, sport.subSport);
    st.warnings.push("no session or sport message: sport unknown");
    return "other";
  }
  let longest = st.sessions[0]!;
  for (const s of st.sessions) if (sessionLength(s) > sessionLength(longest)) longest = s;
  const sports = new Set(st.sessions.map((s) => mapSport(s.sport, s.subSport)));
  const chosen = mapSport(longest.sport, longest.subSport);
  if (sports.size > 1) {
    st.warnings.push(
      `multisport file (${st.sessions.length} sessions: ${[...sports].join(", ")}): sport taken from the longest session, ${chosen}`,
    );
  }
  return chosen;
}

/** The first real timestamp: first sample, else the earliest session start, else file_id.time_created. */
function startTime(st: StreamState): number {
  const time = st.samples.time;
  for (let i = 0; i < st.samples.length; i++) if (Number.isFinite(time[i])) return time[i]!;
  const starts = st.sessions.map((s) => s.startTime).filter((t): t is number => t !== null);
  if (starts.length > 0) return Math.min(...starts);
  const created = st.fileIds.find((f) => f.timeCreated !== null)?.timeCreated;
  if (created != null) return created;
  st.warnings.push("no timestamp in the file: start set to the FIT epoch");
  return 0;
}

function toLaps(st: StreamState, fallbackStart: number): Lap[] {
  return st.laps.map((lap) => ({
    start: fitTimeToIso(lap.startTime ?? fallbackStart),
    durationS: lap.elapsedS ?? lap.timerS ?? 0,
    distanceM: lap.distanceM ?? 0,
  }));
}

/** Samples without distance (indoor, or a watch that only totals) still get the sessions' totals. */
function withSessionTotals(summary: ActivitySummary, sessions: readonly FitSession[]): ActivitySummary {
  if (summary.distanceM > 0 || sessions.length === 0) return summary;
  const distanceM = sessions.reduce((sum, s) => sum + (s.distanceM ?? 0), 0);
  const timerS = sessions.reduce((sum, s) => sum + (s.timerS ?? 0), 0);
  const elapsedS = sessions.reduce((sum, s) => sum + (s.elapsedS ?? s.timerS ?? 0), 0);
  return {
    ...summary,
    distanceM,
    durationS: summary.durationS > 0 ? summary.durationS : elapsedS,
    movingTimeS: summary.movingTimeS > 0 ? summary.movingTimeS : timerS,
    avgPaceSPerKm: distanceM > 0 && timerS > 0 ? timerS / (distanceM / 1000) : summary.avgPaceSPerKm,
  };
}

/** The UTC offset of the first activity message that has a local_timestamp (null without one, or a wild one). */
function utcOffset(st: StreamState): number | null {
  for (const { timestamp, localTimestamp } of st.activityTimes) {
    if (timestamp === null || localTimestamp === null) continue;
    // A local clock more than 14 h from UTC (never set, or 0) gives no offset: the runner's zone decides then.
    return offsetFromLocalTimestamp(timestamp, localTimestamp);
  }
  return null;
}

export function assembleActivity(st: StreamState, options: SummaryOptions): Activity {
  if (st.sampleLimitReached)
    st.warnings.push(`stopped storing samples at ${st.samples.length}: more than the file size allows`);
  if (st.compressedWithoutReference)
    st.warnings.push("compressed timestamps before any full timestamp: their time is unknown");
  const sport = chooseSport(st);
  const start = startTime(st);
  if (start > 0 && start < MIN_REAL_FIT_TIME)
    st.warnings.push("timestamps are device time (the clock was never set): the start date is unknown");
  const samples = st.samples.finish();
  const doubleCadence = cadenceIsPerLeg(sport);
  for (let i = 0; i < samples.length; i++) {
    samples.time[i]! -= start;
    if (doubleCadence) samples.cadence[i]! *= 2;
  }
  const first = st.fileIds[0];
  const activity = buildActivity(
    {
      format: "fit",
      sport,
      start: fitTimeToIso(start),
      utcOffsetS: utcOffset(st),
      device: first === undefined ? null : deviceName(first.manufacturer, first.product, first.productName),
      samples,
      laps: toLaps(st, start),
    },
    options,
  );
  return { ...activity, summary: withSessionTotals(activity.summary, st.sessions) };
}
