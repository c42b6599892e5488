// Synthetic running histories for the load tests: runs at 1 Hz with chosen distance, easy speed, sprints and
// cadence, so a test states the history it checks in a few lines.
import type { LoadActivity, LoadSamples } from "../src/domain/load/load-activity.ts";

export interface SyntheticSamples extends LoadSamples {
  readonly time: Float64Array;
  readonly speed: Float64Array;
  readonly cadence: Float64Array;
  /** Cumulative metres, for writing files. */
  readonly distance: Float64Array;
}

export interface SyntheticRun extends LoadActivity {
  readonly samples?: SyntheticSamples;
}

export interface RunPlan {
  /** ISO date (the run starts at 07:00 UTC) or date-time. */
  readonly date: string;
  readonly km: number;
  readonly easyMps?: number;
  /** Fast efforts in the second half of the run, 2 min apart. */
  readonly sprints?: { readonly count: number; readonly seconds: number; readonly mps: number };
  /** Cadence at easy speed; it rises 8 steps/min per m/s above it. */
  readonly cadenceSpm?: number;
  readonly sport?: string;
  /** A treadmill run without distance. */
  readonly noDistance?: boolean;
  readonly noSamples?: boolean;
  /** One GPS glitch sample at this speed in the middle of the run. */
  readonly glitchMps?: number;
}

export function plannedRun(plan: RunPlan): SyntheticRun {
  const easy = plan.easyMps ?? 3;
  const cadence0 = plan.cadenceSpm ?? 170;
  const target = plan.km * 1000;
  const plannedS = Math.ceil(target / easy);
  const speeds: number[] = [];
  let distance = 0;
  let sprintsLeft = plan.sprints?.count ?? 0;
  let sprintUntil = -1;
  let nextSprintAt = Math.floor(plannedS / 2);
  for (let t = 0; distance < target || t === 0; t++) {
    let v = easy;
    if (plan.sprints && sprintsLeft > 0 && t >= nextSprintAt) {
      sprintUntil = t + plan.sprints.seconds;
      nextSprintAt = t + 120;
      sprintsLeft--;
    }
    if (plan.sprints && t < sprintUntil) v = plan.sprints.mps;
    speeds.push(v);
    distance += v;
  }
  const n = speeds.length;
  const time = Float64Array.from({ length: n }, (_, i) => i);
  const speed = Float64Array.from(speeds);
  if (plan.glitchMps !== undefined) speed[Math.floor(n / 2)] = plan.glitchMps;
  const cadence = Float64Array.from(speeds, (v) => cadence0 + 8 * (v - easy));
  const dist = new Float64Array(n);
  for (let i = 1; i < n; i++) dist[i] = (dist[i - 1] as number) + (speeds[i] as number);
  const start = plan.date.length === 10 ? `${plan.date}T07:00:00Z` : plan.date;
  const run = {
    start,
    sport: plan.sport ?? "running",
    durationS: n - 1,
    movingTimeS: n - 1,
    distanceM: plan.noDistance ? 0 : (dist[n - 1] as number),
  };
  return plan.noSamples ? run : { ...run, samples: { time, speed, cadence, distance: dist } };
}

/** ISO date `days` after `iso`. */
export function plusDays(iso: string, days: number): string {
  return new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/** One run every `everyDays` days from `from` for `count` runs, each from `plan(i, date)`. */
export function series(from: string, count: number, everyDays: number, plan: (i: number, date: string) => Omit<RunPlan, "date">): SyntheticRun[] {
  return Array.from({ length: count }, (_, i) => {
    const date = plusDays(from, i * everyDays);
    return plannedRun({ date, ...plan(i, date) });
  });
}
